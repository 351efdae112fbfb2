import type { ComponentAttributes } from '../../model/component.js';
import type { Value } from '../../model/value.js';
import { asBoolean, get } from '../values.js';

type RoutingPolicy = NonNullable<ComponentAttributes['routingPolicy']>;

/** Routing policy properties in the order Route 53 would reject combining them. */
const POLICY_PROPERTIES: ReadonlyArray<readonly [string, RoutingPolicy]> = [
  ['Failover', 'failover'],
  ['Weight', 'weighted'],
  ['Region', 'latency'],
  ['GeoLocation', 'geolocation'],
  ['GeoProximityLocation', 'geoproximity'],
];

/** A record's routing policy: the one its properties imply, else simple. */
export function routingPolicy(record: Value): RoutingPolicy {
  for (const [property, policy] of POLICY_PROPERTIES) {
    if (get(record, property) !== undefined) return policy;
  }
  return asBoolean(get(record, 'MultiValueAnswer')) === true ? 'multivalue' : 'simple';
}
