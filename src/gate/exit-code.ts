import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js';
import type { Finding, Severity } from '../model/finding.js';

export type FailOn = Severity | 'none';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'note', 'none'];

export type ExitCode = 0 | 1 | 2;

const RANK: Record<Severity, number> = { note: 1, warning: 2, error: 3 };

/**
 * Errors `--allow-partial` does not excuse: nothing was scanned as asked
 * (a named path is missing, no inputs at all), or the run itself is broken.
 */
const ALWAYS_FATAL: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'path-not-found',
  'no-inputs',
  'config-error',
  'rule-error',
  'internal-error',
]);

export interface ExitInputs {
  complete: boolean;
  allowPartial: boolean;
  findings: Finding[];
  failOn: FailOn;
  /** When given, an `error` diagnostic with an always-fatal code exits 2 even with `allowPartial`. */
  diagnostics?: Diagnostic[];
}

/**
 * reliability.md's table: 2 (incomplete, untrustworthy) wins over 1 (findings
 * at or above `failOn`); suppressed findings never count; `none` never gives 1.
 */
export function exitCode(inputs: ExitInputs): ExitCode {
  const fatal = (inputs.diagnostics ?? []).some((d) => d.level === 'error' && ALWAYS_FATAL.has(d.code));
  if (fatal) return 2;
  if (!inputs.complete && !inputs.allowPartial) return 2;
  if (inputs.failOn === 'none') return 0;
  const threshold = RANK[inputs.failOn];
  const failing = inputs.findings.some((f) => f.suppression === undefined && RANK[f.severity] >= threshold);
  return failing ? 1 : 0;
}
