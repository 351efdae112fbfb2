import type { CoverageEntry } from '../../model/coverage.js';
import type { ScanResult } from '../../scan.js';
import { nodeLabel } from '../shared/nodes.js';
import { sortDiagnostics, sortFindings } from '../shared/order.js';
import { summarize } from '../shared/summary.js';
import { entryVerdicts } from '../shared/verdicts.js';
import type { Reporter } from '../types.js';
import { diagnosticJson, findingJson } from './finding.js';

/** Version of the JSON report's shape; bump the major on any breaking change. */
export const JSON_SCHEMA_VERSION = '1.0';

function coverageJson(entry: CoverageEntry): CoverageEntry {
  const out: CoverageEntry = { file: entry.file, status: entry.status };
  if (entry.format !== undefined) out.format = entry.format;
  if (entry.reason !== undefined) out.reason = entry.reason;
  return out;
}

/** Nodes whose failure alone takes at least one entry down, the widest first. */
function blastRadiusJson(result: ScanResult) {
  return [...result.analysis.blastRadius]
    .filter(([, radius]) => radius.entries.length > 0)
    .sort(
      ([a, x], [b, y]) =>
        y.entries.length - x.entries.length || y.nodes - x.nodes || (a < b ? -1 : a > b ? 1 : 0),
    )
    .map(([node, radius]) => ({
      node,
      label: nodeLabel(result.graph, node),
      entries: [...radius.entries],
      nodes: radius.nodes,
    }));
}

/** The JSON report (README, "JSON report"): stable key order, 2-space indent, trailing newline. */
export const jsonReport: Reporter = (result) => {
  const verdicts = entryVerdicts(result);
  const summary = summarize(result, verdicts);
  const coverage = [...result.coverage].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const report = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: result.tool.name, version: result.tool.version },
    complete: result.complete,
    summary,
    entries: verdicts.map((verdict) => ({
      name: verdict.result.entry.name,
      node: verdict.result.entry.node,
      survive: [...verdict.result.entry.survive],
      source: verdict.result.entry.source,
      upWithNoFailure: verdict.result.upWithNoFailure,
      survives: verdict.survives,
      cuts: verdict.cuts.map((cut) => ({
        node: cut.node,
        label: nodeLabel(result.graph, cut.node),
        class: cut.class ?? null,
        mustSurvive: cut.mustSurvive,
        reported: cut.reported,
        path: [...cut.path],
      })),
    })),
    findings: sortFindings(result.findings).map(findingJson),
    blastRadius: blastRadiusJson(result),
    chokepoints: {
      articulationPoints: [...result.analysis.articulationPoints],
      bridges: result.analysis.bridges.map(([a, b]) => [a, b]),
    },
    coverage: { counts: summary.coverage, inputs: coverage.map(coverageJson) },
    diagnostics: sortDiagnostics(result.diagnostics).map(diagnosticJson),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};
