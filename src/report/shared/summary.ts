import type { CoverageEntry, CoverageStatus } from '../../model/coverage.js';
import type { DiagnosticLevel } from '../../model/diagnostic.js';
import type { Severity } from '../../model/finding.js';
import type { ScanResult } from '../../scan.js';
import { type EntryVerdict, entryVerdicts } from './verdicts.js';

/** Counts every report shows. Suppressed findings are counted apart, never by severity. */
export interface ReportSummary {
  findings: Record<Severity, number>;
  suppressed: number;
  entries: { total: number; survive: number; down: number };
  coverage: Record<CoverageStatus, number>;
  diagnostics: Record<DiagnosticLevel, number>;
}

export function coverageCounts(coverage: readonly CoverageEntry[]): Record<CoverageStatus, number> {
  const counts: Record<CoverageStatus, number> = {
    analysed: 0,
    'not-applicable': 0,
    excluded: 0,
    skipped: 0,
  };
  for (const entry of coverage) counts[entry.status]++;
  return counts;
}

export function summarize(
  result: ScanResult,
  verdicts: EntryVerdict[] = entryVerdicts(result),
): ReportSummary {
  const findings: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  let suppressed = 0;
  for (const finding of result.findings) {
    if (finding.suppression === undefined) findings[finding.severity]++;
    else suppressed++;
  }
  const diagnostics: Record<DiagnosticLevel, number> = { error: 0, warning: 0, note: 0 };
  for (const diagnostic of result.diagnostics) diagnostics[diagnostic.level]++;
  const survive = verdicts.filter((v) => v.survives).length;
  return {
    findings,
    suppressed,
    entries: { total: verdicts.length, survive, down: verdicts.length - survive },
    coverage: coverageCounts(result.coverage),
    diagnostics,
  };
}
