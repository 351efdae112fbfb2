import type { Component } from '../model/component.js';
import type { Gate } from '../model/graph.js';
import type { GraphBuilder } from './graph-builder.js';
import type { ModelIndex } from './model-index.js';

/**
 * Route 53 names: records with the same name and type in the same hosted zone
 * answer one question together. Their name node's gate says when it answers:
 * - failover: `any` over primary and secondary only when the primary has a
 *   health check; without one Route 53 keeps answering with the primary, so
 *   the name requires the primary;
 * - weighted, latency, geo, multivalue: Route 53 leaves out members whose
 *   health check fails; a member without one keeps getting its share of
 *   traffic even when down, so the name requires every such member, and is
 *   `any` over the members only when every one has a health check.
 */
export interface DnsName {
  /** Lower case, no trailing dot. */
  name: string;
  type: string;
  /** The node answering for the name: the record itself, or the name node over several. */
  node: string;
  /** The hosted zone is private (associated with VPCs). */
  private: boolean;
  records: Component[];
}

export function normalizeDnsName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

function hostedZoneOf(record: Component, index: ModelIndex): Component | undefined {
  return index.relatedOfKind(record, 'aws.route53.hosted-zone')[0];
}

function isPrivateZone(zone: Component | undefined, index: ModelIndex): boolean {
  if (!zone) return false;
  return zone.attributes.public === false || index.relatedOfKind(zone, 'aws.ec2.vpc').length > 0;
}

/** The name node's gate and what it requires. */
function nameGate(records: readonly Component[]): { gate: Gate; requires: Component[] } {
  const primary = records.find((record) => record.attributes.failover === 'PRIMARY');
  if (primary && records.some((record) => record.attributes.failover === 'SECONDARY')) {
    if (primary.attributes.healthCheck === true) return { gate: { type: 'any' }, requires: [...records] };
    return { gate: { type: 'all' }, requires: [primary] };
  }
  const unchecked = records.filter((record) => record.attributes.healthCheck !== true);
  if (unchecked.length === 0) return { gate: { type: 'any' }, requires: [...records] };
  return { gate: { type: 'all' }, requires: unchecked };
}

function nodeIdOf(name: string, type: string, zone: Component | undefined, clash: boolean): string {
  return clash ? `dns:${name}/${type}@${zone?.name ?? 'unknown-zone'}` : `dns:${name}/${type}`;
}

/** Groups the records and adds a name node for every name served by more than one record. */
export function addDnsNames(builder: GraphBuilder, index: ModelIndex): DnsName[] {
  const groups = new Map<
    string,
    { name: string; type: string; zone: Component | undefined; records: Component[] }
  >();
  for (const record of index.components()) {
    if (record.kind !== 'aws.route53.record') continue;
    const name = normalizeDnsName(record.attributes.recordName ?? record.name);
    const type = (record.attributes.recordType ?? 'A').toUpperCase();
    const zone = hostedZoneOf(record, index);
    const key = `${zone?.id ?? ''}\u0000${name}\u0000${type}`;
    const group = groups.get(key);
    if (group) group.records.push(record);
    else groups.set(key, { name, type, zone, records: [record] });
  }
  const perNameType = new Map<string, number>();
  for (const group of groups.values()) {
    const key = `${group.name}/${group.type}`;
    perNameType.set(key, (perNameType.get(key) ?? 0) + 1);
  }
  const names: DnsName[] = [];
  for (const group of groups.values()) {
    const [first, ...rest] = group.records;
    if (!first) continue;
    let node = first.id;
    if (rest.length > 0) {
      node = nodeIdOf(
        group.name,
        group.type,
        group.zone,
        (perNameType.get(`${group.name}/${group.type}`) ?? 0) > 1,
      );
      const { gate, requires } = nameGate(group.records);
      builder.addNode(node, {
        kind: 'component',
        gate,
        label: `${group.name} ${group.type}`,
        componentKind: 'aws.route53.record',
        locations: group.records.flatMap((record) => record.locations),
      });
      for (const record of requires) builder.addEdge(node, record.id, 'record', record.locations);
    }
    names.push({
      name: group.name,
      type: group.type,
      node,
      private: isPrivateZone(group.zone, index),
      records: group.records,
    });
  }
  return names.sort((a, b) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
}
