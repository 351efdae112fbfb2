// Subnet groups (RDS, DocumentDB, Neptune, ElastiCache): where a database or cache may be placed.
import type { ResourceFact } from '../../model/facts.js';
import type { MapContext } from '../context.js';
import { get, refTargets } from '../values.js';

/**
 * Subnets of the subnet group a resource names in `property`, by reference or
 * by its literal name (the group's own `property`); none when it names no
 * group of `groupTypes` in the input.
 */
export function subnetGroupSubnets(
  fact: ResourceFact,
  context: MapContext,
  property: string,
  groupTypes: readonly string[],
): string[] {
  const group = context.designated(get(fact.properties, property), groupTypes, property);
  return group === undefined ? [] : refTargets(get(group.properties, 'SubnetIds'));
}
