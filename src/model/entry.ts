import type { FailureClass } from './policy.js';

/** An entry point as semantics placed it in the graph: what users reach. */
export interface EntryPoint {
  /** Entry node id (`entry:<name>`). */
  node: string;
  name: string;
  survive: FailureClass[];
  source: 'declared' | 'inferred';
}
