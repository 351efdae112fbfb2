import type { Component, Relation } from '../model/component.js';
import type { Linked } from './link.js';

function targetsOf(component: Component, role: string): string[] {
  return component.relations.filter((relation) => relation.role === role).map((relation) => relation.target);
}

/** Roles of a default route that a subnet using its table inherits. */
const EGRESS_ROLES = ['internetGateway', 'natGateway'];

/**
 * A subnet gets the way out of its route table's default route as its own
 * `natGateway` / `internetGateway` relation, and is public when that is an
 * internet gateway. Without a declared route table (the VPC's main table is not
 * in the template) whether it is public stays unknown.
 */
function routeSubnets(byId: ReadonlyMap<string, Component>): void {
  const egressByTable = new Map<string, Relation[]>();
  for (const route of byId.values()) {
    if (route.kind !== 'aws.ec2.route') continue;
    const egress = route.relations.filter((relation) => EGRESS_ROLES.includes(relation.role));
    for (const table of targetsOf(route, 'routeTable')) {
      egressByTable.set(table, [...(egressByTable.get(table) ?? []), ...egress]);
    }
  }
  for (const subnet of byId.values()) {
    if (subnet.kind !== 'aws.ec2.subnet') continue;
    const tables = targetsOf(subnet, 'routeTable');
    if (tables.length === 0) continue;
    const egress = tables.flatMap((table) => egressByTable.get(table) ?? []);
    subnet.relations.push(...egress);
    subnet.attributes.public = egress.some((relation) => relation.role === 'internetGateway');
  }
}

/** Zonal resources placed only by subnet take their subnets' zones. */
function zonesFromSubnets(linked: readonly Linked[], byId: ReadonlyMap<string, Component>): void {
  for (const { component, draft } of linked) {
    if (draft.zonesFromSubnets !== true) continue;
    const zones = new Set(component.zones);
    for (const subnet of targetsOf(component, 'subnet')) {
      for (const zone of byId.get(subnet)?.zones ?? []) zones.add(zone);
    }
    component.zones = [...zones].sort();
  }
}

/** S3 replication into buckets of the scan: their regions are the replica regions. */
function replicaRegionsOfBuckets(byId: ReadonlyMap<string, Component>): void {
  for (const bucket of byId.values()) {
    if (bucket.kind !== 'aws.s3.bucket') continue;
    const regions = new Set<string>();
    for (const target of targetsOf(bucket, 'replicaDestination')) {
      const destination = byId.get(target);
      if (destination !== undefined) regions.add(destination.region);
    }
    if (regions.size > 0) bucket.attributes.replicaRegions = [...regions].sort();
  }
}

/** Records that name their hosted zone (`HostedZoneName`) get a relation to every zone of that name in the scan. */
function hostedZonesByName(linked: readonly Linked[], byId: ReadonlyMap<string, Component>): void {
  const zonesByName = new Map<string, string[]>();
  for (const zone of byId.values()) {
    const name = zone.attributes.recordName;
    if (zone.kind !== 'aws.route53.hosted-zone' || name === undefined) continue;
    zonesByName.set(name, [...(zonesByName.get(name) ?? []), zone.id]);
  }
  for (const { component, draft } of linked) {
    if (draft.hostedZoneName === undefined) continue;
    for (const zone of zonesByName.get(draft.hostedZoneName) ?? []) {
      component.relations.push({ role: 'hostedZone', target: zone, location: draft.fact.location });
    }
  }
}

/** The passes that need every component of the scan. Subnets are marked before anything reads them. */
export function place(linked: readonly Linked[]): void {
  const byId = new Map(linked.map(({ component }) => [component.id, component]));
  hostedZonesByName(linked, byId);
  routeSubnets(byId);
  zonesFromSubnets(linked, byId);
  replicaRegionsOfBuckets(byId);
}
