import type { Cut, EntryResult } from '../../analysis/types.js';
import type { SpofGraph } from '../../model/graph.js';
import type { FailureClass } from '../../model/policy.js';
import { failureClassOf } from './nodes.js';

/** A cut with the failure class its node belongs to. */
export interface ClassifiedCut extends Cut {
  class: FailureClass | undefined;
  /** True when the entry must survive this class of failure. */
  mustSurvive: boolean;
}

export interface EntryVerdict {
  result: EntryResult;
  cuts: ClassifiedCut[];
  /** Up with nothing failed, and no cut in a class the entry must survive. */
  survives: boolean;
}

/** Decides, per entry, whether it survives what its policy says it must. Sorted by entry name. */
export function entryVerdicts(graph: SpofGraph, entries: readonly EntryResult[]): EntryVerdict[] {
  return [...entries]
    .sort((a, b) => (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0))
    .map((result) => {
      const cuts = [...result.cuts]
        .sort((a, b) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0))
        .map((cut) => {
          const cls = failureClassOf(graph, cut.node);
          return { ...cut, class: cls, mustSurvive: cls !== undefined && result.entry.survive.includes(cls) };
        });
      return { result, cuts, survives: result.upWithNoFailure && !cuts.some((cut) => cut.mustSurvive) };
    });
}
