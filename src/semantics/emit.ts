import type { Component } from '../model/component.js';
import { nodeIds } from '../model/graph.js';
import type { CallCycle } from './call-cycles.js';
import { addCycleMember } from './cycle-nodes.js';
import { ensureCluster, ensurePlacementDomain, ensureZone, kubernetesCluster } from './domains.js';
import type { GraphBuilder } from './graph-builder.js';
import { componentAttributes } from './node-attributes.js';
import type { Placement, Requirement, Shape } from './shape.js';

/*
 * The redundancy pattern, in one place.
 *
 * A component's node carries the gate over its redundant copies, and every
 * requirement the copies share hangs on each copy:
 *
 *   C (any) ──replica──▶ C#0 (all) ──zone──▶ zone:a, ──subnet──▶ subnet-a, ──▶ shared deps
 *           ──replica──▶ C#1 (all) ──zone──▶ zone:b, ──subnet──▶ subnet-b, ──▶ shared deps
 *
 * The gates are exact: a shared dependency's failure takes every copy down and
 * so C, a zone's failure only the copies in it. No node stands for "the set of
 * replicas": such a node could fail on its own in the analysis and be reported
 * as a single point of failure that does not exist.
 *
 * A component whose redundancy is other components (a cluster over its
 * instances, a target group over its targets) has its gate directly over them
 * when nothing else is required; otherwise each member is wrapped in a replica
 * node that requires the member and the shared requirements.
 */

/** Adds copy `index` of `component`, hanging from `parent`. */
function addReplica(
  builder: GraphBuilder,
  component: Component,
  parent: string,
  index: number,
  label: string,
): string {
  const id = nodeIds.replica(component.id, index);
  builder.addNode(id, {
    kind: 'replica',
    gate: { type: 'all' },
    label: `${component.name} #${index} ${label}`,
    componentId: component.id,
    componentKind: component.kind,
    locations: component.locations,
  });
  builder.addEdge(parent, id, 'replica', component.locations);
  return id;
}

/**
 * Edges from `node` to its placement's domain, the subnets it uses there,
 * the zone of its host, and the cluster of a Kubernetes object: every copy of
 * every object needs the cluster's control plane, wherever it is placed.
 */
function place(builder: GraphBuilder, node: string, placement: Placement, component: Component): void {
  const domain = ensurePlacementDomain(builder, placement);
  builder.addEdge(node, domain.node, domain.reason, component.locations);
  if (placement.domain === 'zone') {
    for (const subnet of placement.subnets)
      builder.addEdge(node, subnet.component.id, subnet.role, [subnet.location]);
  }
  // A pod stands in its zone as well as on its node; copies sharing a host reach the zone through it.
  if (placement.domain === 'host' && !placement.sharedHost) {
    const zone = ensureZone(builder, placement.zone, placement.zoneLabel);
    builder.addEdge(node, zone, 'zone', component.locations);
  }
  const cluster = kubernetesCluster(component);
  if (cluster) {
    const clusterNode = ensureCluster(builder, cluster.cluster, cluster.region);
    builder.addEdge(node, clusterNode, 'cluster', component.locations);
  }
}

/**
 * Where a copy is, for its label: `in` its domain; on a host of its own (named
 * after the copy already), `in` the host's zone; on a shared host, `on` it.
 */
function placementLabel(builder: GraphBuilder, placement: Placement): string {
  if (placement.domain === 'provider') return 'everywhere';
  const node =
    placement.domain === 'host' && !placement.sharedHost
      ? ensureZone(builder, placement.zone, placement.zoneLabel)
      : ensurePlacementDomain(builder, placement).node;
  const label = builder.node(node)?.label ?? node;
  return placement.domain === 'host' && placement.sharedHost ? `on ${label}` : `in ${label}`;
}

function addRequirements(builder: GraphBuilder, node: string, requirements: readonly Requirement[]): void {
  for (const requirement of requirements)
    builder.addEdge(node, requirement.node, requirement.reason, requirement.locations);
}

/**
 * Writes one component's nodes and edges (its requirements' nodes are written
 * by their own components). A member of a call cycle has its copies under a
 * node of their own, beside the cycle (cycle-nodes.ts).
 */
export function emitComponent(
  builder: GraphBuilder,
  component: Component,
  shape: Shape,
  cycle?: CallCycle,
): void {
  const id = nodeIds.component(component.id);
  switch (shape.type) {
    case 'single': {
      builder.addNode(id, componentAttributes(component, { type: 'all' }));
      place(builder, id, shape.placement, component);
      addRequirements(builder, id, shape.requires);
      return;
    }
    case 'replicas': {
      const parent = cycle ? addCycleMember(builder, component, shape.gate, cycle) : id;
      if (!cycle) builder.addNode(id, componentAttributes(component, shape.gate));
      shape.placements.forEach((placement, index) => {
        const replica = addReplica(builder, component, parent, index, placementLabel(builder, placement));
        place(builder, replica, placement, component);
        addRequirements(builder, replica, shape.shared);
      });
      return;
    }
    case 'members': {
      builder.addNode(id, componentAttributes(component, shape.gate));
      const shared = [...shape.shared];
      if (shape.placement) {
        const domain = ensurePlacementDomain(builder, shape.placement);
        shared.push({ node: domain.node, reason: domain.reason, locations: component.locations });
      }
      if (shared.length === 0) {
        addRequirements(builder, id, shape.members);
        return;
      }
      shape.members.forEach((member, index) => {
        const replica = addReplica(builder, component, id, index, `via ${member.node}`);
        addRequirements(builder, replica, [member, ...shared]);
      });
    }
  }
}
