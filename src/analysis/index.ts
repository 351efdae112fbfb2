import type { SpofGraph } from '../model/graph.js';
import { chokepoints } from './chokepoints.js';
import { buildCompactIndex } from './compact-index.js';
import { singleFailures } from './cut-sets.js';
import type { AnalysisResult, EntryPoint } from './types.js';

export type { AnalysisResult, BlastRadius, Cut, EntryPoint, EntryResult } from './types.js';

/** Runs every analysis of design.md on the graph: order-1 cut sets per entry, blast radius, chokepoints. */
export function analyse(graph: SpofGraph, entries: readonly EntryPoint[]): AnalysisResult {
  const index = buildCompactIndex(graph);
  const entryIndices = entries.map((entry) => {
    const position = index.indexOf.get(entry.node);
    if (position === undefined) throw new Error(`entry node ${entry.node} is not in the graph`);
    return position;
  });
  const failures = singleFailures(index, entryIndices);
  const structure = chokepoints(index);
  return {
    entries: entries.map((entry, i) => {
      const position = entryIndices[i] as number;
      return { entry, upWithNoFailure: failures.up[position] === 1, cuts: failures.cuts.get(position) ?? [] };
    }),
    blastRadius: failures.blastRadius,
    articulationPoints: structure.articulationPoints.map((v) => index.ids[v] as string),
    bridges: structure.bridges.map(([a, b]) => [index.ids[a] as string, index.ids[b] as string]),
  };
}
