import type { CompactIndex } from './compact-index.js';
import type { UpState } from './least-fixpoint.js';
import { IntMinHeap } from './min-heap.js';
import type { Components } from './strongly-connected.js';

/**
 * What one node's failure takes down, exactly as recomputing the least fixpoint
 * would, at the cost of the part it changes. Components are settled
 * requirements-first, so each is settled once with its inputs final: a one-node
 * component is down when its up requirements fall below its gate; a cycle is
 * re-solved as a small least fixpoint, so members that only hold each other up
 * fall together. State is stamped with an epoch, so nothing is cleared between runs.
 */
export class FailurePropagation {
  private epoch = 0;
  private readonly downEpoch: Int32Array;
  private readonly countEpoch: Int32Array;
  private readonly count: Int32Array;
  private readonly queuedEpoch: Int32Array;
  private readonly localCount: Int32Array;
  private readonly heap: IntMinHeap;
  private readonly down: Int32Array;
  private downLength = 0;

  constructor(
    private readonly index: CompactIndex,
    private readonly baseline: UpState,
    private readonly components: Components,
  ) {
    const n = index.ids.length;
    this.downEpoch = new Int32Array(n);
    this.countEpoch = new Int32Array(n);
    this.count = new Int32Array(n);
    this.queuedEpoch = new Int32Array(components.count);
    this.localCount = new Int32Array(n);
    this.heap = new IntMinHeap(components.count);
    this.down = new Int32Array(n);
  }

  /** Nodes up with no failure that are down when `failed` fails, `failed` first. Valid until the next call. */
  fail(failed: number): Int32Array {
    this.epoch++;
    this.downLength = 0;
    if (!this.baseline.up[failed]) return this.down.subarray(0, 0);
    this.markDown(failed);
    const own = this.components.component[failed] as number;
    if (!this.components.trivial[own]) {
      // The failed node's own cycle may have leaned on it.
      this.queuedEpoch[own] = this.epoch;
      this.heap.push(own);
    }
    while (this.heap.size > 0) this.settle(this.heap.pop());
    return this.down.subarray(0, this.downLength);
  }

  /** True when `v` went down in the last call to `fail`. */
  isDown(v: number): boolean {
    return this.downEpoch[v] === this.epoch;
  }

  private upCount(v: number): number {
    return this.countEpoch[v] === this.epoch
      ? (this.count[v] as number)
      : (this.baseline.upRequirements[v] as number);
  }

  private markDown(v: number): void {
    const { index, components } = this;
    this.downEpoch[v] = this.epoch;
    this.down[this.downLength++] = v;
    const own = components.component[v] as number;
    for (let i = index.inStart[v] as number; i < (index.inStart[v + 1] as number); i++) {
      const dependent = index.inSources[i] as number;
      this.count[dependent] = this.upCount(dependent) - 1;
      this.countEpoch[dependent] = this.epoch;
      const c = components.component[dependent] as number;
      if (c !== own && this.queuedEpoch[c] !== this.epoch && this.baseline.up[dependent]) {
        this.queuedEpoch[c] = this.epoch;
        this.heap.push(c);
      }
    }
  }

  private settle(c: number): void {
    const { components, index, baseline } = this;
    const first = components.memberStart[c] as number;
    const last = components.memberStart[c + 1] as number;
    if (components.trivial[c]) {
      const v = components.members[first] as number;
      if (baseline.up[v] && !this.isDown(v) && this.upCount(v) < (index.need[v] as number)) this.markDown(v);
      return;
    }
    this.settleCycle(c, first, last);
  }

  /** Least fixpoint inside one strongly connected component, its outside inputs fixed. */
  private settleCycle(c: number, first: number, last: number): void {
    const { components, index, baseline } = this;
    const stays = this.localCount;
    const queue: number[] = [];
    for (let m = first; m < last; m++) {
      const v = components.members[m] as number;
      if (!baseline.up[v] || this.isDown(v)) continue;
      let inside = 0;
      for (let i = index.outStart[v] as number; i < (index.outStart[v + 1] as number); i++) {
        const w = index.outTargets[i] as number;
        if (components.component[w] === c && baseline.up[w] && !this.isDown(w)) inside++;
      }
      // Up requirements outside the component; inside ones count only once proven up below.
      stays[v] = this.upCount(v) - inside;
      if ((stays[v] as number) >= (index.need[v] as number)) queue.push(v);
    }
    const proven = new Set<number>(queue);
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] as number;
      for (let i = index.inStart[v] as number; i < (index.inStart[v + 1] as number); i++) {
        const u = index.inSources[i] as number;
        if (components.component[u] !== c || proven.has(u) || !baseline.up[u] || this.isDown(u)) continue;
        stays[u] = (stays[u] as number) + 1;
        if ((stays[u] as number) >= (index.need[u] as number)) {
          proven.add(u);
          queue.push(u);
        }
      }
    }
    for (let m = first; m < last; m++) {
      const v = components.members[m] as number;
      if (baseline.up[v] && !this.isDown(v) && !proven.has(v)) this.markDown(v);
    }
  }
}
