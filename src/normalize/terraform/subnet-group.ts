// DB and cache subnet groups: where a database or cache may be placed.
import type { ResourceFact } from '../../model/facts.js';
import type { MapContext } from '../context.js';
import { get, refTargets } from '../values.js';

/**
 * Subnets of the subnet group a resource names in `property`, by reference
 * (`aws_db_subnet_group.main.name`) or by the literal `name` the group was
 * given; none when no such group is in the module.
 */
export function namedGroupSubnets(
  fact: ResourceFact,
  context: MapContext,
  property: string,
  groupTypes: readonly string[],
): string[] {
  const group = context.designated(get(fact.properties, property), groupTypes, 'name');
  return group === undefined ? [] : refTargets(get(group.properties, 'subnet_ids'));
}
