import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/index.js';
import type { EntryPoint } from '../../src/analysis/types.js';
import type { EdgeAttributes, Gate, NodeAttributes, NodeKind } from '../../src/model/graph.js';

function graphOf(nodes: Record<string, [NodeKind, Gate]>, edges: Array<[string, string]>) {
  const graph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const [id, [kind, gate]] of Object.entries(nodes))
    graph.addNode(id, { kind, gate, label: id, locations: [] });
  for (const [u, v] of edges) graph.addEdge(u, v, { reason: 'test', locations: [] });
  return graph;
}

const all: Gate = { type: 'all' };
const any: Gate = { type: 'any' };

describe('analyse', () => {
  it('finds the single-zone database and its zone, but not the zones of a Multi-AZ one', () => {
    const graph = graphOf(
      {
        'entry:shop': ['entry', all],
        app: ['component', all],
        single: ['component', all],
        multi: ['component', any],
        'multi#0': ['replica', all],
        'multi#1': ['replica', all],
        'zone:a': ['domain', all],
        'zone:b': ['domain', all],
        'region:r': ['domain', all],
      },
      [
        ['entry:shop', 'app'],
        ['app', 'single'],
        ['app', 'multi'],
        ['single', 'zone:a'],
        ['multi', 'multi#0'],
        ['multi', 'multi#1'],
        ['multi#0', 'zone:a'],
        ['multi#1', 'zone:b'],
        ['zone:a', 'region:r'],
        ['zone:b', 'region:r'],
      ],
    );
    const entry: EntryPoint = {
      node: 'entry:shop',
      name: 'shop',
      survive: ['component', 'zone'],
      source: 'declared',
    };
    const result = analyse(graph, [entry]);
    const [shop] = result.entries;
    expect(shop?.upWithNoFailure).toBe(true);
    expect(shop?.cuts.map((cut) => cut.node)).toEqual(['app', 'multi', 'region:r', 'single', 'zone:a']);
    expect(shop?.cuts.find((cut) => cut.node === 'zone:a')?.path).toEqual([
      'entry:shop',
      'app',
      'single',
      'zone:a',
    ]);
    expect(result.blastRadius.get('multi#1')).toEqual({ entries: [], nodes: 0 });
    expect(result.blastRadius.get('zone:a')).toEqual({ entries: ['entry:shop'], nodes: 4 });
    expect(result.articulationPoints).toContain('app');
    expect(result.bridges).toContainEqual(['app', 'entry:shop']);
  });

  it('reports an entry that cannot be up at all', () => {
    const graph = graphOf({ 'entry:x': ['entry', all], lb: ['component', any] }, [['entry:x', 'lb']]);
    const result = analyse(graph, [
      { node: 'entry:x', name: 'x', survive: ['component'], source: 'inferred' },
    ]);
    expect(result.entries[0]?.upWithNoFailure).toBe(false);
    expect(result.entries[0]?.cuts).toEqual([]);
  });
});
