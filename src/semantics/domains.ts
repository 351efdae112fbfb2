import type { Component } from '../model/component.js';
import { regionLabel, regionOfZoneKey, UNKNOWN_HOSTING, zoneLabel } from '../model/domains.js';
import { type DomainKind, type NodeAttributes, nodeIds } from '../model/graph.js';
import type { GraphBuilder } from './graph-builder.js';
import type { Placement } from './shape.js';

/**
 * The vendor at the top of every region but UNKNOWN_HOSTING, where Kubernetes
 * clusters and compose hosts run when their input names no cloud.
 */
export const PROVIDER = 'aws';

/**
 * The zone of a component that runs in exactly one zone the input does not
 * name: its own zone node, so that zone's failure is still a cut.
 */
export function unknownZoneOf(component: Component): { zone: string; zoneLabel: string } {
  return {
    zone: `${component.region}/#unknown-${component.name}`,
    zoneLabel: `the single zone of ${component.name}`,
  };
}

/** The cluster a Kubernetes object runs in (manifests rarely say which: one per scan). */
export function kubernetesCluster(
  component: Component,
): Extract<Placement, { domain: 'cluster' }> | undefined {
  if (component.provider !== 'kubernetes') return undefined;
  return { domain: 'cluster', cluster: component.cluster ?? 'cluster', region: component.region };
}

/** A failure domain's node: no source location, and down whenever anything it requires is. */
function domainNode(domainKind: DomainKind, label: string): NodeAttributes {
  return { kind: 'domain', domainKind, gate: { type: 'all' }, label, locations: [] };
}

export function ensureProvider(builder: GraphBuilder): string {
  const id = nodeIds.provider(PROVIDER);
  builder.addNode(id, domainNode('provider', PROVIDER));
  return id;
}

/** `region:<r>` requiring the provider (no vendor is assumed for UNKNOWN_HOSTING). */
export function ensureRegion(builder: GraphBuilder, region: string): string {
  const id = nodeIds.region(region);
  if (!builder.hasNode(id)) {
    builder.addNode(id, domainNode('region', regionLabel(region)));
    if (region !== UNKNOWN_HOSTING) builder.addEdge(id, ensureProvider(builder), 'provider', []);
  }
  return id;
}

/** `zone:<key>` requiring its region. */
export function ensureZone(builder: GraphBuilder, zoneKey: string, label?: string): string {
  const id = nodeIds.zone(zoneKey);
  if (!builder.hasNode(id)) {
    builder.addNode(id, domainNode('zone', label ?? zoneLabel(zoneKey)));
    builder.addEdge(id, ensureRegion(builder, regionOfZoneKey(zoneKey)), 'region', []);
  }
  return id;
}

/** `cluster:<name>` requiring its region: one control plane that every object of the cluster needs. */
export function ensureCluster(builder: GraphBuilder, cluster: string, region: string): string {
  const id = nodeIds.cluster(cluster);
  if (!builder.hasNode(id)) {
    builder.addNode(id, domainNode('cluster', cluster === 'cluster' ? 'the cluster' : `cluster ${cluster}`));
    builder.addEdge(id, ensureRegion(builder, region), 'region', []);
  }
  return id;
}

/** `host:<key>` requiring its zone: a machine, down with the zone it stands in. */
export function ensureHost(builder: GraphBuilder, host: Extract<Placement, { domain: 'host' }>): string {
  const id = nodeIds.host(host.host);
  if (!builder.hasNode(id)) {
    builder.addNode(id, domainNode('host', host.hostLabel));
    builder.addEdge(id, ensureZone(builder, host.zone, host.zoneLabel), 'zone', []);
  }
  return id;
}

/** The domain node a placement stands on, with the edge reason to reach it. */
export function ensurePlacementDomain(
  builder: GraphBuilder,
  placement: Placement,
): { node: string; reason: string } {
  switch (placement.domain) {
    case 'zone':
      return { node: ensureZone(builder, placement.zone, placement.zoneLabel), reason: 'zone' };
    case 'region':
      return { node: ensureRegion(builder, placement.region), reason: 'region' };
    case 'provider':
      return { node: ensureProvider(builder), reason: 'provider' };
    case 'cluster':
      return { node: ensureCluster(builder, placement.cluster, placement.region), reason: 'cluster' };
    case 'host':
      return { node: ensureHost(builder, placement), reason: 'host' };
  }
}
