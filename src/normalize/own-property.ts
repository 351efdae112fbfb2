import type { ResourceFact } from '../model/facts.js';
import type { MapContext } from './context.js';
import type { Pessimism } from './scalars.js';
import { get } from './values.js';

/*
 * Redundancy scalars written directly in a resource's properties, read (and
 * reported when undecided) under their own property name.
 */

/** A redundancy boolean (Multi-AZ, failover); `absent` is the provider's default. */
export function ownFlag(
  fact: ResourceFact,
  context: MapContext,
  property: string,
  absent?: boolean,
): boolean | undefined {
  return context.redundancy.boolean(fact, property, get(fact.properties, property), absent);
}

/** A redundancy number (a count, a retention period); `options.absent` is the provider's default. */
export function ownNumber(
  fact: ResourceFact,
  context: MapContext,
  property: string,
  options: { pick?: Pessimism; absent?: number } = {},
): number | undefined {
  return context.redundancy.number(fact, property, get(fact.properties, property), options);
}
