import type { EntryPoint } from '../model/entry.js';

export type { EntryPoint } from '../model/entry.js';

/** A node whose failure alone takes an entry down, with a witness path. */
export interface Cut {
  node: string;
  /** Node ids from the entry to `node`, each requiring the next, all down in that failure. */
  path: string[];
}

export interface EntryResult {
  entry: EntryPoint;
  /** False when the entry cannot be up even with nothing failed (e.g. `any` over nothing). */
  upWithNoFailure: boolean;
  /** Every order-1 minimal cut set, sorted by node id; the entry itself excluded. */
  cuts: Cut[];
}

export interface BlastRadius {
  /** Entry node ids that go down when this node fails, sorted. */
  entries: string[];
  /** How many nodes (the failed one excluded) go down with it. */
  nodes: number;
}

export interface AnalysisResult {
  entries: EntryResult[];
  /** For every node up with no failure: what its failure takes down. */
  blastRadius: Map<string, BlastRadius>;
  /** Articulation points of the undirected graph, sorted. */
  articulationPoints: string[];
  /** Bridges of the undirected graph as [a, b] with a < b, sorted. */
  bridges: Array<[string, string]>;
}
