import type { Component } from '../model/component.js';
import type { Gate } from '../model/graph.js';
import type { CallCycle } from './call-cycles.js';
import type { GraphBuilder } from './graph-builder.js';
import { componentAttributes } from './node-attributes.js';

/*
 * A member of a call cycle (call-cycles.ts):
 *
 *   A (all) ──pods──▶ A#pods (any) ──replica──▶ A#0, A#1 ...   (no calls to B)
 *           ──callCycle──▶ cycle:A (all) ──member──▶ A#pods, B#pods
 *
 * The Services selecting A still point at A, so whatever calls A needs every
 * member's pods, and a member still needs, through its pods, everything
 * outside the cycle. No edge closes a loop.
 *
 * The cycle node is a `domain` of kind `call-cycle`: it stands for the shared
 * fate of its members, not for something that can fail on its own, so no
 * failure class (policy.ts) names it and no rule reports it as a cut.
 * `A#pods` is a component node over A's pods, so a redundant set of pods
 * reads as redundant there, as A's own node did outside a cycle.
 */

/** The node a cycle member's pods hang from. */
export function podsNode(componentId: string): string {
  return `${componentId}#pods`;
}

/** Writes `component`'s node as a member of `cycle` and returns the node its copies hang from. */
export function addCycleMember(
  builder: GraphBuilder,
  component: Component,
  gate: Gate,
  cycle: CallCycle,
): string {
  const pods = podsNode(component.id);
  const label =
    component.kind === 'compose.service' ? `containers of ${component.name}` : `pods of ${component.name}`;
  builder.addNode(component.id, componentAttributes(component, { type: 'all' }));
  builder.addNode(pods, componentAttributes(component, gate, label));
  // Once per cycle: merging its locations again for every member would be quadratic in large cycles.
  if (!builder.hasNode(cycle.node)) {
    builder.addNode(cycle.node, {
      kind: 'domain',
      domainKind: 'call-cycle',
      gate: { type: 'all' },
      label: cycle.label,
      locations: cycle.locations,
    });
  }
  builder.addEdge(component.id, pods, 'pods', component.locations);
  builder.addEdge(component.id, cycle.node, 'callCycle', component.locations);
  builder.addEdge(cycle.node, pods, 'member', component.locations);
  return pods;
}
