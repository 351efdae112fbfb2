import type { CompactIndex } from './compact-index.js';

const UNSEEN = -1;

/**
 * Distances to a failed node through the nodes its failure took down (`down`,
 * the failed node first): a breadth-first search backwards from the failed node,
 * so one pass serves every entry it took down. Afterwards `distance[v]` is the
 * length of the shortest requirement path from v to the failed node, for every
 * node in `down`.
 */
export function witnessDistances(
  index: CompactIndex,
  down: Int32Array,
  isDown: (v: number) => boolean,
  distance: Int32Array,
): void {
  for (const v of down) distance[v] = UNSEEN;
  const failed = down[0] as number;
  distance[failed] = 0;
  const queue = new Int32Array(down.length);
  queue[0] = failed;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const v = queue[head] as number;
    for (let i = index.inStart[v] as number; i < (index.inStart[v + 1] as number); i++) {
      const u = index.inSources[i] as number;
      if (!isDown(u) || distance[u] !== UNSEEN) continue;
      distance[u] = (distance[v] as number) + 1;
      queue[tail++] = u;
    }
  }
}

/**
 * A path from `from` to the failed node that explains the failure. Where a node
 * needs all its requirements, the nearest failed one is the reason. Where it has
 * redundancy (`any`, `atLeast`), every alternative failed, and the one farthest
 * from the failure shows why the redundancy did not help (the replica in the
 * other zone that still went out through the failed zone's NAT gateway), not the
 * alternative that simply sat in the failed zone. If that walk would loop, the
 * shortest path is taken instead.
 */
export function readPath(
  index: CompactIndex,
  from: number,
  distance: Int32Array,
  isDown: (v: number) => boolean,
): string[] {
  return explainingPath(index, from, distance, isDown) ?? shortestPath(index, from, distance, isDown);
}

function explainingPath(
  index: CompactIndex,
  from: number,
  distance: Int32Array,
  isDown: (v: number) => boolean,
): string[] | undefined {
  const path = [from];
  const visited = new Set<number>(path);
  for (let v = from; distance[v] !== 0; ) {
    const start = index.outStart[v] as number;
    const end = index.outStart[v + 1] as number;
    const redundant = (index.need[v] as number) < end - start;
    let chosen = -1;
    for (let i = start; i < end; i++) {
      const w = index.outTargets[i] as number;
      if (!isDown(w) || distance[w] === UNSEEN) continue;
      const better = redundant
        ? (distance[w] as number) > (distance[chosen] ?? -1)
        : (distance[w] as number) < (distance[chosen] ?? Infinity);
      if (chosen === -1 || better) chosen = w;
    }
    if (chosen === -1 || visited.has(chosen)) return undefined;
    visited.add(chosen);
    path.push(chosen);
    v = chosen;
  }
  return path.map((v) => index.ids[v] as string);
}

function shortestPath(
  index: CompactIndex,
  from: number,
  distance: Int32Array,
  isDown: (v: number) => boolean,
): string[] {
  const path = [index.ids[from] as string];
  for (let v = from; distance[v] !== 0; ) {
    for (let i = index.outStart[v] as number; i < (index.outStart[v + 1] as number); i++) {
      const w = index.outTargets[i] as number;
      if (isDown(w) && distance[w] === (distance[v] as number) - 1) {
        v = w;
        break;
      }
    }
    path.push(index.ids[v] as string);
  }
  return path;
}
