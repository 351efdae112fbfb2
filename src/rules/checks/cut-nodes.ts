import type { SpofGraph } from '../../model/graph.js';
import type { SourceLocation } from '../../model/location.js';

// What cut-set-member asks of the graph about a cut node.

/**
 * A component node whose own gate holds redundancy (`any` over two or more,
 * `atLeast k` over more than k): its copies are what can fail, and a cut
 * among them is reported instead of the node.
 */
export function gateIsRedundant(graph: SpofGraph, node: string): boolean {
  const gate = graph.getNodeAttributes(node).gate;
  const requirements = graph.outDegree(node);
  if (gate.type === 'any') return requirements >= 2;
  if (gate.type === 'atLeast') return requirements > gate.k;
  return isCallCycleMember(graph, node);
}

/**
 * A workload in a call cycle (semantics/cycle-nodes.ts) needs its own pods and
 * the cycle: its real failures are its pods and the other members' pods, each
 * reported on its own component.
 */
function isCallCycleMember(graph: SpofGraph, node: string): boolean {
  return graph.outNeighbors(node).some((next) => graph.getNodeAttributes(next).domainKind === 'call-cycle');
}

/**
 * Placed in a region or globally with no zone or replica of its own: the
 * provider spreads it over zones (a load balancer over every zone of the
 * region, Lambda, S3). Its region and provider are reported by the domain rules.
 */
export function providerSpread(graph: SpofGraph, node: string): boolean {
  let wide = false;
  for (const next of graph.outNeighbors(node)) {
    const attributes = graph.getNodeAttributes(next);
    if (attributes.kind === 'replica' || (attributes.kind === 'domain' && attributes.domainKind === 'zone'))
      return false;
    if (
      attributes.kind === 'domain' &&
      (attributes.domainKind === 'region' || attributes.domainKind === 'provider')
    )
      wide = true;
  }
  return wide;
}

/**
 * A domain has no source line of its own: point at the node closest to it on
 * the witness path that has one (what was placed in the zone).
 */
export function nearestLocations(graph: SpofGraph, path: string[]): SourceLocation[] {
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i];
    const locations =
      step !== undefined && graph.hasNode(step) ? graph.getNodeAttributes(step).locations : [];
    if (locations.length > 0) return locations;
  }
  return [];
}
