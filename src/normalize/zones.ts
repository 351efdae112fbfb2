import { allZonesKey, regionOfZoneName, zoneKeyByIndex, zoneKeyByName } from '../model/domains.js';
import { AllZonesValue, ChoiceValue, type Value, ZoneValue } from '../model/value.js';

/**
 * Zone key of one zone value. A spelled name (`us-east-1a`, or a zone id such as
 * `use1-az1`) keeps its own region when it names one; an index is a zone of the
 * deployment region. `!GetAZs` as a whole, choices and unknowns say nothing.
 */
export function zoneKey(value: Value | undefined, region: string): string | undefined {
  if (typeof value === 'string' && value.length > 0)
    return zoneKeyByName(value, regionOfZoneName(value) ?? region);
  if (value instanceof ZoneValue) {
    const zoneRegion = value.region ?? region;
    if (value.name !== undefined)
      return zoneKeyByName(value.name, regionOfZoneName(value.name) ?? zoneRegion);
    if (value.index !== undefined) return zoneKeyByIndex(value.index, zoneRegion);
  }
  return undefined;
}

/**
 * Zone keys of a zone or a list of zones, sorted and distinct. `!GetAZs` used as
 * the whole list is every zone of its region (`allZonesKey`).
 */
export function zoneKeys(value: Value | undefined, region: string): string[] {
  if (value instanceof AllZonesValue) return [allZonesKey(value.region ?? region)];
  const items = Array.isArray(value) ? value : [value];
  const keys = new Set<string>();
  for (const item of items) {
    if (item instanceof ChoiceValue) continue;
    const key = zoneKey(item, region);
    if (key !== undefined) keys.add(key);
  }
  return [...keys].sort();
}
