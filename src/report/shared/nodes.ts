import type { SpofGraph } from '../../model/graph.js';
import type { SourceLocation } from '../../model/location.js';
import { FAILURE_CLASSES, type FailureClass } from '../../model/policy.js';

/** The node's human label, or its id when the graph does not hold it. */
export function nodeLabel(graph: SpofGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
}

/** The first source location of a node, if it has one. */
export function nodeLocation(graph: SpofGraph, id: string): SourceLocation | undefined {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'locations')[0] : undefined;
}

/** The failure class a node's own failure belongs to: its kind, or its domain kind. */
export function failureClassOf(graph: SpofGraph, id: string): FailureClass | undefined {
  if (!graph.hasNode(id)) return undefined;
  const attributes = graph.getNodeAttributes(id);
  if (attributes.kind === 'component' || attributes.kind === 'replica') return attributes.kind;
  if (attributes.kind !== 'domain') return undefined;
  return FAILURE_CLASSES.find((c) => c === attributes.domainKind);
}

/** Witness path as labels joined by arrows. */
export function pathText(graph: SpofGraph, path: readonly string[]): string {
  return path.map((id) => nodeLabel(graph, id)).join(' → ');
}
