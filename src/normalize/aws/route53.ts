// AWS::Route53 hosted zones, records (single and grouped) and health checks.
import type { ResourceFact } from '../../model/facts.js';
import type { Value } from '../../model/value.js';
import type { MapContext } from '../context.js';
import { dnsName } from '../dns-name.js';
import { type Draft, draft, type Mapper, only, relate } from '../draft.js';
import { asBoolean, asList, asString, get, refTargets } from '../values.js';
import { routingPolicy } from './route53-routing.js';

/** Not private unless associated with VPCs. */
export const mapHostedZone: Mapper = (fact) => {
  const vpcs = asList(get(fact.properties, 'VPCs'));
  const zone = draft('aws.route53.hosted-zone', fact, { public: vpcs.length === 0 });
  const name = asString(get(fact.properties, 'Name'));
  if (name !== undefined) zone.attributes.recordName = dnsName(name);
  for (const vpc of vpcs) relate(zone, 'vpc', refTargets(get(vpc, 'VPCId')));
  return only(zone);
};

export const mapHealthCheck: Mapper = (fact) => only(draft('aws.route53.health-check', fact));

/**
 * One record. A record is health-checked by a health check or, for an alias,
 * by evaluating its target's health. `zone` holds the hosted zone a group sets
 * for all its records.
 */
function recordDraft(
  fact: ResourceFact,
  name: string,
  record: Value,
  zone: Value,
  context: MapContext,
): Draft {
  const item = draft('aws.route53.record', fact);
  item.name = name;
  item.refScope = [record, get(zone, 'HostedZoneId') ?? null];
  const attributes = item.attributes;
  const recordName = asString(get(record, 'Name'));
  if (recordName !== undefined) attributes.recordName = dnsName(recordName);
  const type = asString(get(record, 'Type'));
  if (type !== undefined) attributes.recordType = type;
  const ttl = context.redundancy.number(fact, 'TTL', get(record, 'TTL'), { pick: 'max' });
  if (ttl !== undefined) attributes.ttl = ttl;
  const failover = asString(get(record, 'Failover'));
  if (failover === 'PRIMARY' || failover === 'SECONDARY') attributes.failover = failover;
  const setIdentifier = asString(get(record, 'SetIdentifier'));
  if (setIdentifier !== undefined) attributes.setIdentifier = setIdentifier;
  attributes.routingPolicy = routingPolicy(record);
  const healthCheck = get(record, 'HealthCheckId');
  const evaluates = asBoolean(get(record, 'AliasTarget', 'EvaluateTargetHealth')) === true;
  attributes.healthCheck = (healthCheck !== undefined && healthCheck !== null) || evaluates;
  relate(item, 'healthCheck', refTargets(healthCheck));
  relate(item, 'aliasTarget', refTargets(get(record, 'AliasTarget', 'DNSName')));
  relate(item, 'resourceRecord', refTargets(get(record, 'ResourceRecords')));
  const zoneId = get(record, 'HostedZoneId') ?? get(zone, 'HostedZoneId');
  relate(item, 'hostedZone', refTargets(zoneId));
  const zoneName = asString(get(record, 'HostedZoneName') ?? get(zone, 'HostedZoneName'));
  if (zoneName !== undefined && refTargets(zoneId).length === 0) item.hostedZoneName = dnsName(zoneName);
  return item;
}

export const mapRecordSet: Mapper = (fact, context) =>
  only(recordDraft(fact, fact.id, fact.properties, null, context));

/** Each record of a group is its own component, `<logicalId>.<index>`. */
export const mapRecordSetGroup: Mapper = (fact, context) =>
  only(
    ...asList(get(fact.properties, 'RecordSets')).map((record, index) =>
      recordDraft(fact, `${fact.id}.${index}`, record, fact.properties, context),
    ),
  );
