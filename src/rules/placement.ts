import type { Component } from '../model/component.js';
import { isAllZonesKey, regionLabel, regionOfZoneKey, zoneLabel } from '../model/domains.js';
import type { SpofGraph } from '../model/graph.js';

/** Domain kinds a group's placement can be read for. */
export const PLACEMENT_KINDS = ['zone', 'region'] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

/** Domain keys (zone keys or region names) where a component sits; empty when the input does not say. */
export function componentPlacement(component: Component, kind: PlacementKind): string[] {
  if (kind === 'zone') return [...new Set(component.zones)].sort();
  const regions = component.zones.length > 0 ? component.zones.map(regionOfZoneKey) : [component.region];
  return [...new Set(regions)].sort();
}

/** Node kinds a placement walk may pass through to reach a member's domains. */
const PLACEMENT_CARRIERS = new Set(['aws.ec2.subnet']);

/**
 * Domain keys of `kind` a graph node (a replica) sits in: its domain
 * requirements, followed through subnets and up the domain chain (zone →
 * region). Iterative, each node once.
 */
export function nodePlacement(graph: SpofGraph, node: string, kind: PlacementKind): string[] {
  const found = new Set<string>();
  const seen = new Set<string>([node]);
  const stack = [node];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    for (const next of graph.outNeighbors(current)) {
      if (seen.has(next)) continue;
      seen.add(next);
      const attributes = graph.getNodeAttributes(next);
      if (attributes.kind === 'domain') {
        // Semantics' stand-in for a zone no input names (`#unknown-<name>`) places nothing.
        if (attributes.domainKind === kind && !next.includes('/#unknown-')) found.add(domainKeyOfNode(next));
        else stack.push(next);
      } else if (attributes.componentKind && PLACEMENT_CARRIERS.has(attributes.componentKind))
        stack.push(next);
    }
  }
  return [...found].sort();
}

/** `zone:us-east-1/us-east-1a` → `us-east-1/us-east-1a`; `region:eu-west-1` → `eu-west-1`. */
function domainKeyOfNode(nodeId: string): string {
  const colon = nodeId.indexOf(':');
  return colon < 0 ? nodeId : nodeId.slice(colon + 1);
}

/**
 * The domains every member sits in. Empty when any member's placement is
 * unknown (a group cannot be claimed to share a domain nobody named) or is
 * "every zone of the region" (at least two zones).
 */
export function sharedPlacement(placements: string[][]): string[] {
  if (placements.length === 0) return [];
  if (placements.some((placement) => placement.length === 0 || placement.some(isAllZonesKey))) return [];
  const [first, ...rest] = placements;
  return (first ?? []).filter((key) => rest.every((placement) => placement.includes(key)));
}

export function placementLabel(kind: PlacementKind, key: string): string {
  return kind === 'zone' ? zoneLabel(key) : regionLabel(key);
}
