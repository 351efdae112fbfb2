import { DirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes, SpofGraph } from '../model/graph.js';
import { compareLocations, type SourceLocation } from '../model/location.js';

interface PendingEdge {
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

function mergeLocations(into: SourceLocation[], more: readonly SourceLocation[]): SourceLocation[] {
  const seen = new Set(into.map(locationKey));
  for (const location of more) {
    if (!seen.has(locationKey(location))) {
      seen.add(locationKey(location));
      into.push(location);
    }
  }
  return into.sort(compareLocations);
}

function locationKey(location: SourceLocation): string {
  return `${location.file}\u0000${location.line}\u0000${location.column ?? 0}`;
}

/**
 * Collects nodes and edges, then builds the graph in sorted order so the same
 * model always gives the same graph, whatever order semantics visited it in.
 * Adding a node or edge twice merges locations (graphology throws on duplicates).
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, NodeAttributes>();
  private readonly edges = new Map<string, PendingEdge>();
  private readonly out = new Map<string, string[]>();

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  node(id: string): NodeAttributes | undefined {
    return this.nodes.get(id);
  }

  /** Adds a node; when it exists, keeps its attributes and merges the locations. */
  addNode(id: string, attributes: NodeAttributes): void {
    const existing = this.nodes.get(id);
    if (existing) {
      mergeLocations(existing.locations, attributes.locations);
      return;
    }
    this.nodes.set(id, { ...attributes, locations: mergeLocations([], attributes.locations) });
  }

  /** `source` requires `target`. Self-loops say nothing and are dropped. */
  addEdge(source: string, target: string, reason: string, locations: readonly SourceLocation[]): void {
    if (source === target) return;
    const key = `${source}\u0000${target}`;
    const existing = this.edges.get(key);
    if (existing) {
      mergeLocations(existing.attributes.locations, locations);
      return;
    }
    this.edges.set(key, { source, target, attributes: { reason, locations: mergeLocations([], locations) } });
    const targets = this.out.get(source);
    if (targets) targets.push(target);
    else this.out.set(source, [target]);
  }

  /** Out-neighbours added so far (for reachability before the graph exists). */
  requirementsOf(id: string): readonly string[] {
    return this.out.get(id) ?? [];
  }

  build(): SpofGraph {
    const graph: SpofGraph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
    for (const id of [...this.nodes.keys()].sort()) graph.addNode(id, this.nodes.get(id));
    const edges = [...this.edges.values()].sort((a, b) =>
      a.source === b.source ? compare(a.target, b.target) : compare(a.source, b.source),
    );
    for (const edge of edges) {
      if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) {
        throw new Error(`semantics: edge ${edge.source} -> ${edge.target} names a node that was never added`);
      }
      graph.addDirectedEdge(edge.source, edge.target, edge.attributes);
    }
    return graph;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
