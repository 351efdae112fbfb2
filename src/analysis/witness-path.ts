import type { CompactIndex } from './compact-index.js';

const UNSEEN = -2;

/**
 * Shortest requirement paths to a failed node through the nodes its failure
 * took down (`down`, the failed node first): a breadth-first search backwards
 * from the failed node, so one pass serves every entry it took down.
 * Afterwards `next[v]` is the requirement to follow from v (-1 at the failed node).
 */
export function witnessTree(
  index: CompactIndex,
  down: Int32Array,
  isDown: (v: number) => boolean,
  next: Int32Array,
): void {
  for (const v of down) next[v] = UNSEEN;
  const failed = down[0] as number;
  next[failed] = -1;
  const queue = new Int32Array(down.length);
  queue[0] = failed;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const v = queue[head] as number;
    for (let i = index.inStart[v] as number; i < (index.inStart[v + 1] as number); i++) {
      const u = index.inSources[i] as number;
      if (!isDown(u) || next[u] !== UNSEEN) continue;
      next[u] = v;
      queue[tail++] = u;
    }
  }
}

/** The path from `from` to the failed node, following `next`. */
export function readPath(index: CompactIndex, from: number, next: Int32Array): string[] {
  const path: string[] = [];
  for (let v = from; v !== -1; v = next[v] as number) path.push(index.ids[v] as string);
  return path;
}
