import type { Gate, SpofGraph } from '../model/graph.js';
import { bump } from './typed-array.js';

/**
 * A read-only copy of the graph in compressed sparse rows, built once: the heavy
 * algorithms run on typed arrays (stack.md: an iterative pass over graphology's
 * API at 10^6 nodes took 20–34 s, over a CSR copy about 1 s). Node indices follow
 * the sorted node ids and every row is sorted, so results are deterministic.
 */
export interface CompactIndex {
  ids: string[];
  indexOf: Map<string, number>;
  /** Requirements of v: outTargets[outStart[v] .. outStart[v + 1]). */
  outStart: Int32Array;
  outTargets: Int32Array;
  /** Dependents of v (nodes that require v): inSources[inStart[v] .. inStart[v + 1]). */
  inStart: Int32Array;
  inSources: Int32Array;
  /** How many requirements must be up for v's gate to be met. */
  need: Int32Array;
}

/** Requirements a gate needs among `degree` requirements (`any` over nothing is never met). */
export function gateNeed(gate: Gate, degree: number): number {
  switch (gate.type) {
    case 'all':
      return degree;
    case 'any':
      return 1;
    case 'atLeast':
      return Math.max(0, gate.k);
  }
}

/** Builds the index from sorted ids and parallel source/target arrays of edges `source requires target`. */
export function compactIndexFromEdges(
  ids: string[],
  sources: Int32Array,
  targets: Int32Array,
  gates: readonly Gate[],
): CompactIndex {
  const n = ids.length;
  const outStart = rowStarts(n, sources);
  const inStart = rowStarts(n, targets);
  const edges = identityOrder(sources.length);
  // Bucket by target first, then stably by source: every requirement row comes out sorted.
  const byTarget = scatter(n, targets, inStart, edges, edges);
  const outTargets = scatter(n, sources, outStart, byTarget, targets);
  // And the other way round for the dependent rows.
  const bySource = scatter(n, sources, outStart, edges, edges);
  const inSources = scatter(n, targets, inStart, bySource, sources);
  const need = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    need[v] = gateNeed(gates[v] ?? { type: 'all' }, (outStart[v + 1] as number) - (outStart[v] as number));
  }
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  return { ids, indexOf, outStart, outTargets, inStart, inSources, need };
}

/** Builds the index of a graphology graph. */
export function buildCompactIndex(graph: SpofGraph): CompactIndex {
  const ids = graph.nodes().sort();
  const position = new Map(ids.map((id, i) => [id, i]));
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    sources[e] = position.get(source) as number;
    targets[e] = position.get(target) as number;
    e++;
  });
  const gates = ids.map((id) => graph.getNodeAttribute(id, 'gate'));
  return compactIndexFromEdges(ids, sources, targets, gates);
}

function rowStarts(n: number, keys: Int32Array): Int32Array {
  const starts = new Int32Array(n + 1);
  for (const key of keys) bump(starts, key + 1);
  for (let v = 0; v < n; v++) starts[v + 1] = (starts[v + 1] as number) + (starts[v] as number);
  return starts;
}

function identityOrder(length: number): Int32Array {
  const order = new Int32Array(length);
  for (let i = 0; i < length; i++) order[i] = i;
  return order;
}

/**
 * A stable counting sort: `values[edge]` of each edge, taken in `order`, lands
 * in the row of `keys[edge]` (rows begin at `starts`). With `values` the
 * identity, the result is the edges themselves sorted by key.
 */
function scatter(
  n: number,
  keys: Int32Array,
  starts: Int32Array,
  order: Int32Array,
  values: Int32Array,
): Int32Array {
  const fill = starts.slice(0, n);
  const placed = new Int32Array(order.length);
  for (const edge of order) placed[bump(fill, keys[edge] as number)] = values[edge] as number;
  return placed;
}
