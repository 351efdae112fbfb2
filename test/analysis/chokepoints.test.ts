import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chokepoints } from '../../src/analysis/chokepoints.js';
import { compactIndexFromEdges } from '../../src/analysis/compact-index.js';
import { stronglyConnected } from '../../src/analysis/strongly-connected.js';
import { plainGraph } from './arbitrary-graph.js';
import { bruteComponents, type PlainGraph } from './brute-force.js';

function indexOf(graph: PlainGraph) {
  const ids = Array.from({ length: graph.n }, (_, i) => `n${String(i).padStart(7, '0')}`);
  const sources = Int32Array.from(graph.edges.map(([u]) => u));
  const targets = Int32Array.from(graph.edges.map(([, v]) => v));
  return compactIndexFromEdges(ids, sources, targets, graph.gates);
}

describe('articulation points and bridges', () => {
  it('match removal-counts-components on random graphs', () => {
    fc.assert(
      fc.property(plainGraph, (graph) => {
        const result = chokepoints(indexOf(graph));
        const whole = bruteComponents(graph);
        const expectedPoints: number[] = [];
        for (let v = 0; v < graph.n; v++) {
          // Removing a node removes it from the count too; an isolated node is no articulation point.
          if (bruteComponents(graph, v) > whole - (isIsolated(graph, v) ? 1 : 0)) expectedPoints.push(v);
        }
        expect(result.articulationPoints).toEqual(expectedPoints);
        const links = new Set<string>();
        for (const [u, v] of graph.edges) if (u !== v) links.add(u < v ? `${u},${v}` : `${v},${u}`);
        const expectedBridges = [...links]
          .map((link) => link.split(',').map(Number) as [number, number])
          .filter((link) => bruteComponents(graph, -1, link) > whole)
          .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(result.bridges).toEqual(expectedBridges);
      }),
      { numRuns: 400 },
    );
  });

  it('runs without recursion on a path of 300,000 nodes', () => {
    const n = 300_000;
    const graph: PlainGraph = {
      n,
      edges: Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as [number, number]),
      gates: Array.from({ length: n }, () => ({ type: 'all' as const })),
    };
    const index = indexOf(graph);
    const result = chokepoints(index);
    expect(result.articulationPoints).toHaveLength(n - 2);
    expect(result.bridges).toHaveLength(n - 1);
    expect(stronglyConnected(index).count).toBe(n);
  });
});

function isIsolated(graph: PlainGraph, v: number): boolean {
  return !graph.edges.some(([a, b]) => a !== b && (a === v || b === v));
}
