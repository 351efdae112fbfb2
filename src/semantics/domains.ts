import type { Component } from '../model/component.js';
import { regionLabel, regionOfZoneKey, zoneLabel } from '../model/domains.js';
import { type DomainKind, type NodeAttributes, nodeIds } from '../model/graph.js';
import type { GraphBuilder } from './graph-builder.js';
import type { Placement } from './shape.js';

/** Every component here is AWS; other providers bring their own domain chains. */
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

/** A failure domain's node: no source location, and down whenever anything it requires is. */
function domainNode(domainKind: DomainKind, label: string): NodeAttributes {
  return { kind: 'domain', domainKind, gate: { type: 'all' }, label, locations: [] };
}

export function ensureProvider(builder: GraphBuilder): string {
  const id = nodeIds.provider(PROVIDER);
  builder.addNode(id, domainNode('provider', PROVIDER));
  return id;
}

/** `region:<r>` requiring the provider. */
export function ensureRegion(builder: GraphBuilder, region: string): string {
  const id = nodeIds.region(region);
  if (!builder.hasNode(id)) {
    builder.addNode(id, domainNode('region', regionLabel(region)));
    builder.addEdge(id, ensureProvider(builder), 'provider', []);
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
  }
}
