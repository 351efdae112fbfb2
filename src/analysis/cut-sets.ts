import type { CompactIndex } from './compact-index.js';
import { FailurePropagation } from './failure-propagation.js';
import { leastFixpoint } from './least-fixpoint.js';
import { stronglyConnected } from './strongly-connected.js';
import type { BlastRadius, Cut } from './types.js';
import { readPath, witnessDistances } from './witness-path.js';

export interface SingleFailures {
  /** Whether each node is up with nothing failed. */
  up: Uint8Array;
  /** For each entry index: its order-1 cuts, sorted by node id, the entry itself excluded. */
  cuts: Map<number, Cut[]>;
  /** For each node up with nothing failed: what its failure takes down. */
  blastRadius: Map<string, BlastRadius>;
}

/**
 * Fails every node alone once and records what goes down (design.md, Analysis 1
 * and 3). The cost is the sum of the blast radii: near-linear on architecture
 * graphs, where most nodes take little down with them.
 */
export function singleFailures(index: CompactIndex, entries: readonly number[]): SingleFailures {
  const baseline = leastFixpoint(index);
  const propagation = new FailurePropagation(index, baseline, stronglyConnected(index));
  const isEntry = new Uint8Array(index.ids.length);
  for (const entry of entries) isEntry[entry] = 1;
  const cuts = new Map<number, Cut[]>(entries.map((entry) => [entry, []]));
  const blastRadius = new Map<string, BlastRadius>();
  const distance = new Int32Array(index.ids.length);
  const isDown = (v: number) => propagation.isDown(v);
  for (let failed = 0; failed < index.ids.length; failed++) {
    if (!baseline.up[failed]) continue;
    const down = propagation.fail(failed);
    const entriesDown: number[] = [];
    for (const v of down) if (isEntry[v]) entriesDown.push(v);
    entriesDown.sort((a, b) => a - b);
    blastRadius.set(index.ids[failed] as string, {
      entries: entriesDown.map((v) => index.ids[v] as string),
      nodes: down.length - 1,
    });
    const others = entriesDown.filter((entry) => entry !== failed);
    if (others.length === 0) continue;
    witnessDistances(index, down, isDown, distance);
    for (const entry of others) {
      cuts
        .get(entry)
        ?.push({ node: index.ids[failed] as string, path: readPath(index, entry, distance, isDown) });
    }
  }
  return { up: baseline.up, cuts, blastRadius };
}
