import type { ValueMap } from '../../model/value.js';
import { asString, get } from '../values.js';
import { mapsOf, stringsOf } from './lists.js';

/** Node label keys that name a zone (the legacy one still appears in older manifests). */
const ZONE_KEYS = new Set(['topology.kubernetes.io/zone', 'failure-domain.beta.kubernetes.io/zone']);
const HOST_KEY = 'kubernetes.io/hostname';

type Spread = 'required' | 'preferred' | 'none';
const STRENGTH: Record<Spread, number> = { none: 0, preferred: 1, required: 2 };

function stronger(a: Spread, b: Spread): Spread {
  return STRENGTH[b] > STRENGTH[a] ? b : a;
}

/** Anti-affinity terms are either direct, or wrapped in `podAffinityTerm` when preferred. */
function antiAffinityKeys(spec: ValueMap | undefined): { required: string[]; preferred: string[] } {
  const anti = get(spec, 'affinity', 'podAntiAffinity');
  const required = mapsOf(get(anti, 'requiredDuringSchedulingIgnoredDuringExecution')).flatMap((term) => {
    const key = asString(get(term, 'topologyKey'));
    return key === undefined ? [] : [key];
  });
  const preferred = mapsOf(get(anti, 'preferredDuringSchedulingIgnoredDuringExecution')).flatMap((term) => {
    const key = asString(get(term, 'podAffinityTerm', 'topologyKey'));
    return key === undefined ? [] : [key];
  });
  return { required, preferred };
}

/**
 * What guarantees the pod's replicas spread over the domains whose node
 * label is one of `keys`: a topology spread constraint that refuses to
 * schedule otherwise (`DoNotSchedule`, the default) or a required
 * anti-affinity is `required`; `ScheduleAnyway` or preferred anti-affinity
 * only `preferred`.
 */
function spreadOver(spec: ValueMap | undefined, matches: (key: string) => boolean): Spread {
  let spread: Spread = 'none';
  for (const constraint of mapsOf(get(spec, 'topologySpreadConstraints'))) {
    const key = asString(get(constraint, 'topologyKey'));
    if (key === undefined || !matches(key)) continue;
    const soft = asString(get(constraint, 'whenUnsatisfiable')) === 'ScheduleAnyway';
    spread = stronger(spread, soft ? 'preferred' : 'required');
  }
  const anti = antiAffinityKeys(spec);
  if (anti.required.some(matches)) spread = stronger(spread, 'required');
  if (anti.preferred.some(matches)) spread = stronger(spread, 'preferred');
  return spread;
}

export function zoneSpreadOf(spec: ValueMap | undefined): Spread {
  return spreadOver(spec, (key) => ZONE_KEYS.has(key));
}

export function hostSpreadOf(spec: ValueMap | undefined): Spread {
  return spreadOver(spec, (key) => key === HOST_KEY);
}

/** Zones one required node-affinity term allows, or undefined when the term does not restrict zones. */
function zonesOfTerm(term: ValueMap): Set<string> | undefined {
  let zones: Set<string> | undefined;
  for (const expression of mapsOf(get(term, 'matchExpressions'))) {
    const key = asString(get(expression, 'key'));
    if (key === undefined || !ZONE_KEYS.has(key) || asString(get(expression, 'operator')) !== 'In') continue;
    const values = new Set(stringsOf(get(expression, 'values')));
    zones = zones === undefined ? values : new Set([...zones].filter((zone) => values.has(zone)));
  }
  return zones;
}

/**
 * Zones the pods are confined to: a `nodeSelector` on a zone label, or a
 * required node affinity whose every term (terms are ORed) allows only
 * listed zones. Undefined when nothing confines them.
 */
export function pinnedZonesOf(spec: ValueMap | undefined): string[] | undefined {
  let pinned: Set<string> | undefined;
  for (const key of ZONE_KEYS) {
    const zone = asString(get(spec, 'nodeSelector', key));
    if (zone !== undefined) pinned = new Set([zone]);
  }
  const terms = mapsOf(
    get(
      spec,
      'affinity',
      'nodeAffinity',
      'requiredDuringSchedulingIgnoredDuringExecution',
      'nodeSelectorTerms',
    ),
  );
  const perTerm = terms.map(zonesOfTerm);
  if (perTerm.length > 0 && perTerm.every((zones) => zones !== undefined)) {
    const allowed = new Set(perTerm.flatMap((zones) => [...(zones as Set<string>)]));
    pinned = pinned === undefined ? allowed : new Set([...pinned].filter((zone) => allowed.has(zone)));
  }
  return pinned === undefined ? undefined : [...pinned].sort();
}
