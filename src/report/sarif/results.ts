import type { CodeFlow, Result, ThreadFlowLocation } from 'sarif';
import type { Finding } from '../../model/finding.js';
import type { SpofGraph } from '../../model/graph.js';
import { compareLocations } from '../../model/location.js';
import { nodeLabel, nodeLocation } from '../shared/nodes.js';
import { physicalLocation, sarifLocation } from './locations.js';

/** The witness path as one thread flow: each node's label, with its file and line when it has one. */
function codeFlow(graph: SpofGraph, path: readonly string[]): CodeFlow {
  const locations: ThreadFlowLocation[] = path.map((id) => {
    const where = nodeLocation(graph, id);
    const location: ThreadFlowLocation['location'] = { message: { text: nodeLabel(graph, id) } };
    if (where !== undefined && location !== undefined) location.physicalLocation = physicalLocation(where);
    return { location };
  });
  return { threadFlows: [{ locations }] };
}

/**
 * A finding without a location of its own (a zone node) points at the deepest
 * node of its witness path that has one, so code scanning can still show it.
 */
function locationsOf(graph: SpofGraph, finding: Finding) {
  if (finding.locations.length > 0) return [...finding.locations].sort(compareLocations);
  for (let i = finding.path.length - 1; i >= 0; i--) {
    const where = nodeLocation(graph, finding.path[i] ?? '');
    if (where !== undefined) return [where];
  }
  return [];
}

export function sarifResult(graph: SpofGraph, finding: Finding, ruleIndex: number | undefined): Result {
  const result: Result = {
    ruleId: `spof/${finding.ruleId}`,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: finding.severity,
    message: { text: finding.message },
  };
  const locations = locationsOf(graph, finding);
  if (locations.length > 0) result.locations = locations.map(sarifLocation);
  result.partialFingerprints = { 'spofFingerprint/v1': finding.fingerprint };
  if (finding.path.length > 0) result.codeFlows = [codeFlow(graph, finding.path)];
  if (finding.suppression !== undefined) {
    result.suppressions = [
      {
        kind: 'external',
        justification: finding.suppression.reason,
        properties: { expires: finding.suppression.expires },
      },
    ];
  }
  result.properties = { nodeId: finding.node.id, category: finding.category, entries: [...finding.entries] };
  return result;
}
