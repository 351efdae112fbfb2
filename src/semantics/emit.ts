import type { Component } from '../model/component.js';
import { type NodeAttributes, nodeIds } from '../model/graph.js';
import { ensurePlacementDomain } from './domains.js';
import type { GraphBuilder } from './graph-builder.js';
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

function componentAttributes(component: Component, gate: NodeAttributes['gate']): NodeAttributes {
  return {
    kind: 'component',
    gate,
    label: component.name,
    componentId: component.id,
    componentKind: component.kind,
    locations: component.locations,
  };
}

function addReplica(builder: GraphBuilder, component: Component, index: number, label: string): string {
  const id = nodeIds.replica(component.id, index);
  builder.addNode(id, {
    kind: 'replica',
    gate: { type: 'all' },
    label: `${component.name} #${index} ${label}`,
    componentId: component.id,
    componentKind: component.kind,
    locations: component.locations,
  });
  builder.addEdge(nodeIds.component(component.id), id, 'replica', component.locations);
  return id;
}

/** Edges from `node` to its placement's domain and the subnets it uses there. */
function place(builder: GraphBuilder, node: string, placement: Placement, component: Component): void {
  const domain = ensurePlacementDomain(builder, placement);
  builder.addEdge(node, domain.node, domain.reason, component.locations);
  if (placement.domain === 'zone') {
    for (const subnet of placement.subnets)
      builder.addEdge(node, subnet.component.id, subnet.role, [subnet.location]);
  }
}

function placementLabel(builder: GraphBuilder, placement: Placement): string {
  const domain = ensurePlacementDomain(builder, placement);
  return placement.domain === 'provider' ? 'everywhere' : (builder.node(domain.node)?.label ?? domain.node);
}

function addRequirements(builder: GraphBuilder, node: string, requirements: readonly Requirement[]): void {
  for (const requirement of requirements)
    builder.addEdge(node, requirement.node, requirement.reason, requirement.locations);
}

/** Writes one component's nodes and edges (its requirements' nodes are written by their own components). */
export function emitComponent(builder: GraphBuilder, component: Component, shape: Shape): void {
  const id = nodeIds.component(component.id);
  switch (shape.type) {
    case 'single': {
      builder.addNode(id, componentAttributes(component, { type: 'all' }));
      place(builder, id, shape.placement, component);
      addRequirements(builder, id, shape.requires);
      return;
    }
    case 'replicas': {
      builder.addNode(id, componentAttributes(component, shape.gate));
      shape.placements.forEach((placement, index) => {
        const replica = addReplica(builder, component, index, `in ${placementLabel(builder, placement)}`);
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
        const replica = addReplica(builder, component, index, `via ${member.node}`);
        addRequirements(builder, replica, [member, ...shared]);
      });
    }
  }
}
