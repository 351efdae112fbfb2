import type { Gate } from '../../src/model/graph.js';

/** A small graph in the plainest form, for checking algorithms against design.md's definitions. */
export interface PlainGraph {
  n: number;
  /** [u, v]: u requires v; no duplicates. */
  edges: Array<[number, number]>;
  gates: Gate[];
}

function gateMet(gate: Gate, upCount: number, degree: number): boolean {
  if (gate.type === 'all') return upCount === degree;
  if (gate.type === 'any') return upCount >= 1;
  return upCount >= gate.k;
}

/** design.md: the least fixpoint of "my gate is met by up requirements", failed nodes never up. */
export function bruteUp(graph: PlainGraph, failed: ReadonlySet<number>): boolean[] {
  const up = new Array<boolean>(graph.n).fill(false);
  for (let changed = true; changed; ) {
    changed = false;
    for (let v = 0; v < graph.n; v++) {
      if (up[v] || failed.has(v)) continue;
      const requirements = graph.edges.filter(([u]) => u === v).map(([, w]) => w);
      const upCount = requirements.filter((w) => up[w]).length;
      if (gateMet(graph.gates[v] as Gate, upCount, requirements.length)) {
        up[v] = true;
        changed = true;
      }
    }
  }
  return up;
}

/** Number of connected components of the undirected graph, ignoring `removedNode` and `removedLink`. */
export function bruteComponents(graph: PlainGraph, removedNode = -1, removedLink?: [number, number]): number {
  const parent = Array.from({ length: graph.n }, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] as number;
    return root;
  };
  for (const [u, v] of graph.edges) {
    if (u === removedNode || v === removedNode || u === v) continue;
    const [a, b] = u < v ? [u, v] : [v, u];
    if (removedLink && a === removedLink[0] && b === removedLink[1]) continue;
    parent[find(a)] = find(b);
  }
  let count = 0;
  for (let v = 0; v < graph.n; v++) if (v !== removedNode && find(v) === v) count++;
  return count;
}
