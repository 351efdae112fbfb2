import type { Cut, EntryResult } from '../../analysis/types.js';
import type { Finding } from '../../model/finding.js';
import type { SpofGraph } from '../../model/graph.js';
import type { FailureClass } from '../../model/policy.js';
import type { ScanResult } from '../../scan.js';
import { failureClassOf } from './nodes.js';

/** A cut with the failure class its node belongs to. */
export interface ClassifiedCut extends Cut {
  class: FailureClass | undefined;
  /** True when the entry must survive this class of failure (losing one replica is a component failure too). */
  mustSurvive: boolean;
  /**
   * True when an unsuppressed finding names this node (or the component of this
   * replica) for this entry. Cuts no rule reports are configuration that does not
   * fail on its own (a listener, a subnet) or a redundancy group whose members
   * are its real failures; the JSON report still lists them.
   */
  reported: boolean;
}

export interface EntryVerdict {
  result: EntryResult;
  cuts: ClassifiedCut[];
  /** Up with nothing failed, and no reported cut in a class the entry must survive. */
  survives: boolean;
}

/** Decides, per entry, whether it survives what its policy says it must. Sorted by entry name. */
export function entryVerdicts(result: ScanResult): EntryVerdict[] {
  const reportedFor = reportedNodesByEntry(result.findings);
  return [...result.entries]
    .sort((a, b) => (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0))
    .map((entryResult) => {
      const { survive, node: entryNode } = entryResult.entry;
      const reported = reportedFor.get(entryNode) ?? new Set<string>();
      const cuts = [...entryResult.cuts]
        .sort((a, b) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0))
        .map((cut) => {
          const cls = failureClassOf(result.graph, cut.node);
          const mustSurvive =
            cls !== undefined &&
            (survive.includes(cls) || (cls === 'replica' && survive.includes('component')));
          const isReported = reported.has(cut.node) || reported.has(componentOf(result.graph, cut.node));
          return { ...cut, class: cls, mustSurvive, reported: isReported };
        });
      const survives = entryResult.upWithNoFailure && !cuts.some((cut) => cut.mustSurvive && cut.reported);
      return { result: entryResult, cuts, survives };
    });
}

function reportedNodesByEntry(findings: readonly Finding[]): Map<string, Set<string>> {
  const byEntry = new Map<string, Set<string>>();
  for (const finding of findings) {
    if (finding.suppression !== undefined) continue;
    for (const entry of finding.entries) {
      const nodes = byEntry.get(entry) ?? new Set<string>();
      nodes.add(finding.node.id);
      byEntry.set(entry, nodes);
    }
  }
  return byEntry;
}

function componentOf(graph: SpofGraph, node: string): string {
  return (graph.hasNode(node) ? graph.getNodeAttribute(node, 'componentId') : undefined) ?? node;
}
