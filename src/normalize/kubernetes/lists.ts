import type { ValueMap } from '../../model/value.js';
import { asList, asMap } from '../values.js';

/** The maps of a list (containers, volumes, env entries...), skipping anything else. */
export function mapsOf(value: unknown): ValueMap[] {
  return asList(value as ValueMap | undefined).flatMap((item) => {
    const map = asMap(item);
    return map === undefined ? [] : [map];
  });
}

/** The strings of a list, skipping anything else. */
export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
