import type { CompactIndex } from './compact-index.js';
import { bump } from './typed-array.js';

/** The up nodes and, for each node, how many of its requirements are up. */
export interface UpState {
  up: Uint8Array;
  upRequirements: Int32Array;
}

/**
 * The least fixpoint of "my gate is met by up requirements" (design.md): forward
 * chaining from nodes that need nothing, so nodes that only hold each other up
 * stay down. Linear in nodes + edges. Nodes in `failed` are never up.
 */
export function leastFixpoint(index: CompactIndex, failed?: Uint8Array): UpState {
  const n = index.ids.length;
  const up = new Uint8Array(n);
  const upRequirements = new Int32Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) {
    if ((index.need[v] as number) <= 0 && !failed?.[v]) {
      up[v] = 1;
      queue[tail++] = v;
    }
  }
  for (let head = 0; head < tail; head++) {
    const v = queue[head] as number;
    for (let i = index.inStart[v] as number; i < (index.inStart[v + 1] as number); i++) {
      const dependent = index.inSources[i] as number;
      const count = bump(upRequirements, dependent) + 1;
      if (!up[dependent] && !failed?.[dependent] && count >= (index.need[dependent] as number)) {
        up[dependent] = 1;
        queue[tail++] = dependent;
      }
    }
  }
  return { up, upRequirements };
}
