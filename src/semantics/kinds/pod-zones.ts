import type { Component } from '../../model/component.js';
import { isAllZonesKey, regionOfZoneName, zoneKeyByIndex, zoneKeyByName } from '../../model/domains.js';
import type { Dependency } from '../dependencies.js';
import type { ModelIndex } from '../model-index.js';
import { domainName } from './pod-names.js';

/*
 * Which zone each pod of a workload runs in, from what the manifests
 * guarantee, not what the scheduler usually does:
 * - a ReadWriteOnce volume is a disk in one zone: every pod that mounts it
 *   runs there, whatever else the manifest says;
 * - a nodeSelector or required node affinity on one zone puts every pod in
 *   it (a zone spread has nothing to spread over then);
 * - a required zone spread (DoNotSchedule topology spread, required zone
 *   anti-affinity) puts pod i in its own zone #i, or round-robin over the
 *   zones it is pinned to;
 * - otherwise nothing keeps the pods apart: they share one zone of their own,
 *   "the unguaranteed zone", so one zone failure may take every pod.
 */

/** A zone key with the label its node gets when semantics creates it. */
export interface ZoneChoice {
  zone: string;
  zoneLabel?: string;
}

const SINGLE_NODE_MODES = new Set(['ReadWriteOnce', 'ReadWriteOncePod']);

/** A volume only one node can mount read-write: a zonal disk. */
export function isSingleNodeVolume(component: Component): boolean {
  return (component.attributes.accessModes ?? []).some((mode) => SINGLE_NODE_MODES.has(mode));
}

function zoneKeyOf(zone: string, region: string): string {
  return zone.includes('/') ? zone : zoneKeyByName(zone, regionOfZoneName(zone) ?? region);
}

function namedZones(component: Component): string[] {
  return component.zones.filter((zone) => !isAllZonesKey(zone));
}

/** The zone of a ReadWriteOnce claim: its own named zone, its volume's, else one no input names. */
export function volumeZone(claim: Component, index: ModelIndex): ZoneChoice {
  const [own] = namedZones(claim);
  if (own !== undefined) return { zone: own };
  const bound = index.relatedOfKind(claim, 'k8s.persistent-volume').flatMap(namedZones);
  const [only, ...others] = [...new Set(bound)];
  if (only !== undefined && others.length === 0) return { zone: only };
  const name = domainName(claim, index);
  return { zone: `${claim.region}/#unknown-${name.key}`, zoneLabel: `the zone of volume ${name.label}` };
}

/** Zones a nodeSelector or required node affinity allows, as zone keys, sorted. */
function pinnedZones(component: Component): string[] {
  const pinned = component.attributes.pinnedZones;
  const keys = pinned ? pinned.map((zone) => zoneKeyOf(zone, component.region)) : namedZones(component);
  return [...new Set(keys)].sort();
}

/** The zone of each of `count` pods (see the comment at the top). */
export function podZones(
  component: Component,
  index: ModelIndex,
  dependencies: readonly Dependency[],
  count: number,
): ZoneChoice[] {
  const disk = dependencies.find(
    (dependency) =>
      dependency.component.kind === 'k8s.persistent-volume-claim' && isSingleNodeVolume(dependency.component),
  );
  const pinned = pinnedZones(component);
  const choose = (i: number): ZoneChoice => {
    if (disk) return volumeZone(disk.component, index);
    const [only] = pinned;
    if (only !== undefined && pinned.length === 1) return { zone: only };
    if (component.attributes.zoneSpread === 'required') {
      const zone = pinned[i % Math.max(pinned.length, 1)];
      return { zone: zone ?? zoneKeyByIndex(i, component.region) };
    }
    const name = domainName(component, index);
    return {
      zone: `${component.region}/#unknown-${name.key}`,
      zoneLabel: `the unguaranteed zone of ${name.label}`,
    };
  };
  return Array.from({ length: count }, (_, i) => choose(i));
}
