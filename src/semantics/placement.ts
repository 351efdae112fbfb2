import type { Component } from '../model/component.js';
import { isAllZonesKey, UNKNOWN_REGION, zoneKeyByIndex } from '../model/domains.js';
import { subnetsOf } from './dependencies.js';
import { unknownZoneOf } from './domains.js';
import type { ModelIndex } from './model-index.js';
import type { Placement } from './shape.js';

/** One distinct zone a component can run in, with its subnets there. */
export type ZoneSlot = Extract<Placement, { domain: 'zone' }>;

export interface Zones {
  /** Distinct zones, sorted by key. */
  slots: ZoneSlot[];
  /** The input said "every zone of the region" (`!GetAZs ''`) and named none. */
  allZones: boolean;
}

function subnetZone(subnet: Component): { zone: string; zoneLabel?: string } {
  const zone = subnet.zones[0];
  return zone !== undefined && !isAllZonesKey(zone) ? { zone } : unknownZoneOf(subnet);
}

/** Zones from the subnets a component is placed in, else from its own zones. */
export function zonesOf(component: Component, index: ModelIndex): Zones {
  const bySlot = new Map<string, ZoneSlot>();
  const subnets = subnetsOf(component, index);
  for (const subnet of subnets) {
    const { zone, zoneLabel } = subnetZone(subnet.component);
    const slot = bySlot.get(zone);
    if (slot) slot.subnets.push(subnet);
    else bySlot.set(zone, { domain: 'zone', zone, ...(zoneLabel ? { zoneLabel } : {}), subnets: [subnet] });
  }
  let allZones = false;
  if (subnets.length === 0) {
    for (const zone of component.zones) {
      if (isAllZonesKey(zone)) allZones = true;
      else if (!bySlot.has(zone)) bySlot.set(zone, { domain: 'zone', zone, subnets: [] });
    }
  }
  const slots = [...bySlot.values()].sort((a, b) => (a.zone < b.zone ? -1 : 1));
  return { slots, allZones: allZones && slots.length === 0 };
}

/**
 * Where a component that runs as one copy sits: the zone it names, else the
 * only zone of its subnets, else a zone of its own that no input names.
 */
export function singleZone(component: Component, zones: Zones): ZoneSlot {
  const named = component.zones.find((zone) => !isAllZonesKey(zone));
  if (named !== undefined) {
    return zones.slots.find((slot) => slot.zone === named) ?? { domain: 'zone', zone: named, subnets: [] };
  }
  const [only, ...others] = zones.slots;
  if (only && others.length === 0) return only;
  return { domain: 'zone', ...unknownZoneOf(component), subnets: [] };
}

/** What to assume when a replicated component's zones are not known at all. */
export type UnknownZones = 'one-unknown-zone' | 'distinct-zones';

/**
 * `count` copies spread round-robin over the sorted zones (what Auto Scaling
 * and ECS do): copy i in zone i mod |zones|. "Every zone of the region" counts
 * as two unnamed zones `#0`, `#1`, the fewest a region has. With no zones at
 * all, copies share one unknown zone, or, when the service guarantees distinct
 * zones, stand on the region alone (no single zone is a cut).
 */
export function spreadOver(
  component: Component,
  zones: Zones,
  count: number,
  unknown: UnknownZones,
): Placement[] {
  const placements: Placement[] = [];
  for (let i = 0; i < count; i++) {
    const slot = zones.slots[i % Math.max(zones.slots.length, 1)];
    if (slot) placements.push(slot);
    else if (zones.allZones)
      placements.push({ domain: 'zone', zone: allZonesSlot(component, i % 2), subnets: [] });
    else if (unknown === 'distinct-zones' && count > 1)
      placements.push({ domain: 'region', region: component.region });
    else placements.push({ domain: 'zone', ...unknownZoneOf(component), subnets: [] });
  }
  return placements;
}

function allZonesSlot(component: Component, index: number): string {
  return zoneKeyByIndex(index, component.region === UNKNOWN_REGION ? undefined : component.region);
}

/**
 * The zones the component names itself (ElastiCache's preferred zones), with
 * their subnets, ahead of every zone its subnets could offer.
 */
export function ownZonesFirst(component: Component, zones: Zones): Zones {
  const own = [...new Set(component.zones.filter((zone) => !isAllZonesKey(zone)))].sort();
  if (own.length === 0) return zones;
  const slots = own.map(
    (zone): ZoneSlot =>
      zones.slots.find((slot) => slot.zone === zone) ?? { domain: 'zone', zone, subnets: [] },
  );
  return { slots, allZones: false };
}
