import type { Diagnostic } from '../../model/diagnostic.js';
import type { Finding, Severity } from '../../model/finding.js';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];

const RANK: Record<string, number> = { error: 0, warning: 1, note: 2 };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Findings by severity (error first), rule id, node id, fingerprint: one order for every report. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (RANK[a.severity] ?? 3) - (RANK[b.severity] ?? 3) ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.node.id, b.node.id) ||
      compareText(a.fingerprint, b.fingerprint),
  );
}

/** Diagnostics by level, file, line, column, code, message. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (RANK[a.level] ?? 3) - (RANK[b.level] ?? 3) ||
      compareText(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
}
