import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactIndexFromEdges } from '../../src/analysis/compact-index.js';
import { singleFailures } from '../../src/analysis/cut-sets.js';
import { FailurePropagation } from '../../src/analysis/failure-propagation.js';
import { leastFixpoint } from '../../src/analysis/least-fixpoint.js';
import { stronglyConnected } from '../../src/analysis/strongly-connected.js';
import { plainGraph } from './arbitrary-graph.js';
import { bruteUp, type PlainGraph } from './brute-force.js';

function indexOf(graph: PlainGraph) {
  const ids = Array.from({ length: graph.n }, (_, i) => `n${String(i).padStart(3, '0')}`);
  return compactIndexFromEdges(
    ids,
    Int32Array.from(graph.edges.map(([u]) => u)),
    Int32Array.from(graph.edges.map(([, v]) => v)),
    graph.gates,
  );
}

const runs = { numRuns: 400 };

describe('least fixpoint', () => {
  it('equals the brute-force definition on random graphs', () => {
    fc.assert(
      fc.property(plainGraph, (graph) => {
        const { up } = leastFixpoint(indexOf(graph));
        expect([...up].map(Boolean)).toEqual(bruteUp(graph, new Set()));
      }),
      runs,
    );
  });

  it('lets two nodes that only hold each other up fall together', () => {
    const graph: PlainGraph = {
      n: 2,
      edges: [
        [0, 1],
        [1, 0],
      ],
      gates: [{ type: 'all' }, { type: 'any' }],
    };
    expect([...leastFixpoint(indexOf(graph)).up]).toEqual([0, 0]);
  });
});

describe('failure propagation', () => {
  it('takes down exactly what recomputing the fixpoint without the failed node does', () => {
    fc.assert(
      fc.property(plainGraph, (graph) => {
        const index = indexOf(graph);
        const baseline = leastFixpoint(index);
        const propagation = new FailurePropagation(index, baseline, stronglyConnected(index));
        const before = bruteUp(graph, new Set());
        for (let failed = 0; failed < graph.n; failed++) {
          const after = bruteUp(graph, new Set([failed]));
          const expected = before.flatMap((wasUp, v) => (wasUp && !after[v] ? [v] : []));
          const down = [...propagation.fail(failed)].sort((a, b) => a - b);
          expect(down).toEqual(expected);
        }
      }),
      runs,
    );
  });
});

describe('order-1 cut sets and blast radius', () => {
  it('match the brute-force definition, with witness paths through failed nodes', () => {
    fc.assert(
      fc.property(plainGraph, fc.array(fc.nat(11), { maxLength: 4 }), (graph, picks) => {
        const index = indexOf(graph);
        const entries = [...new Set(picks.map((p) => p % graph.n))];
        const result = singleFailures(index, entries);
        const before = bruteUp(graph, new Set());
        const edgeSet = new Set(graph.edges.map(([u, v]) => `${u}>${v}`));
        for (const entry of entries) {
          const expected: number[] = [];
          for (let failed = 0; failed < graph.n; failed++) {
            if (failed !== entry && before[entry] && !bruteUp(graph, new Set([failed]))[entry])
              expected.push(failed);
          }
          const cuts = result.cuts.get(entry) ?? [];
          expect(cuts.map((cut) => index.indexOf.get(cut.node))).toEqual(expected);
          for (const cut of cuts) {
            const failed = index.indexOf.get(cut.node) as number;
            const after = bruteUp(graph, new Set([failed]));
            const path = cut.path.map((id) => index.indexOf.get(id) as number);
            expect(path[0]).toBe(entry);
            expect(path.at(-1)).toBe(failed);
            for (let i = 0; i + 1 < path.length; i++)
              expect(edgeSet.has(`${path[i]}>${path[i + 1]}`)).toBe(true);
            for (const v of path) expect(after[v]).toBe(false);
          }
        }
        for (let failed = 0; failed < graph.n; failed++) {
          const radius = result.blastRadius.get(index.ids[failed] as string);
          if (!before[failed]) {
            expect(radius).toBeUndefined();
            continue;
          }
          const after = bruteUp(graph, new Set([failed]));
          const lost = before.flatMap((wasUp, v) => (wasUp && !after[v] && v !== failed ? [v] : []));
          expect(radius?.nodes).toBe(lost.length);
          const lostEntries = entries.filter((e) => before[e] && !after[e]).sort((a, b) => a - b);
          expect(radius?.entries).toEqual(lostEntries.map((e) => index.ids[e]));
        }
      }),
      runs,
    );
  });
});
