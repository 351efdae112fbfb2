// aws_route53_zone, aws_route53_record and aws_route53_health_check.
import type { ComponentAttributes } from '../../model/component.js';
import type { ValueMap } from '../../model/value.js';
import { dnsName } from '../dns-name.js';
import { draft, type Mapper, only, relate } from '../draft.js';
import { asBoolean, asString, get, refTargets } from '../values.js';
import { block, blocks } from './blocks.js';

type RoutingPolicy = NonNullable<ComponentAttributes['routingPolicy']>;

/** Routing policy blocks, in the order CloudFormation's properties are read. */
const POLICY_BLOCKS: ReadonlyArray<readonly [string, RoutingPolicy]> = [
  ['failover_routing_policy', 'failover'],
  ['weighted_routing_policy', 'weighted'],
  ['latency_routing_policy', 'latency'],
  ['geolocation_routing_policy', 'geolocation'],
  ['geoproximity_routing_policy', 'geoproximity'],
];

function routingPolicy(properties: ValueMap): RoutingPolicy {
  for (const [attribute, policy] of POLICY_BLOCKS) {
    if (blocks(get(properties, attribute)).length > 0) return policy;
  }
  return asBoolean(get(properties, 'multivalue_answer_routing_policy')) === true ? 'multivalue' : 'simple';
}

/** Public unless associated with VPCs (`vpc` blocks). */
export const mapHostedZone: Mapper = (fact) => {
  const vpcs = blocks(get(fact.properties, 'vpc'));
  const zone = draft('aws.route53.hosted-zone', fact, { public: vpcs.length === 0 });
  const name = asString(get(fact.properties, 'name'));
  if (name !== undefined) zone.attributes.recordName = dnsName(name);
  for (const vpc of vpcs) relate(zone, 'vpc', refTargets(get(vpc, 'vpc_id')));
  return only(zone);
};

export const mapHealthCheck: Mapper = (fact) => only(draft('aws.route53.health-check', fact));

/**
 * A record is health-checked by `health_check_id` or, for an alias, by
 * `evaluate_target_health`. Its TTL, when undecided, is read as the larger.
 */
export const mapRecord: Mapper = (fact, context) => {
  const { properties } = fact;
  const record = draft('aws.route53.record', fact);
  const attributes = record.attributes;
  const name = asString(get(properties, 'name'));
  if (name !== undefined) attributes.recordName = dnsName(name);
  const type = asString(get(properties, 'type'));
  if (type !== undefined) attributes.recordType = type;
  const ttl = context.redundancy.number(fact, 'ttl', get(properties, 'ttl'), { pick: 'max' });
  if (ttl !== undefined) attributes.ttl = ttl;
  const failover = asString(get(block(get(properties, 'failover_routing_policy')), 'type'));
  if (failover === 'PRIMARY' || failover === 'SECONDARY') attributes.failover = failover;
  const setIdentifier = asString(get(properties, 'set_identifier'));
  if (setIdentifier !== undefined) attributes.setIdentifier = setIdentifier;
  attributes.routingPolicy = routingPolicy(properties);
  const healthCheck = get(properties, 'health_check_id');
  const alias = block(get(properties, 'alias'));
  const evaluates = asBoolean(get(alias, 'evaluate_target_health')) === true;
  attributes.healthCheck = (healthCheck !== undefined && healthCheck !== null) || evaluates;
  relate(record, 'healthCheck', refTargets(healthCheck));
  relate(record, 'aliasTarget', refTargets(get(alias, 'name')));
  relate(record, 'resourceRecord', refTargets(get(properties, 'records')));
  relate(record, 'hostedZone', refTargets(get(properties, 'zone_id')));
  return only(record);
};
