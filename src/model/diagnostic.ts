/**
 * The closed set of things that can go wrong in a scan. Tests assert on these
 * codes, never on message text.
 */
export const DIAGNOSTIC_CODES = [
  'path-not-found',
  'no-inputs',
  'not-regular-file',
  'symlink-outside-root',
  'file-too-large',
  'encoding',
  'parse-error',
  'duplicate-key',
  'depth-limit',
  'alias-limit',
  'unknown-tag',
  'ambiguous-scalar',
  'invalid-template',
  'invalid-manifest',
  'unrendered-template',
  'duplicate-object',
  'unmatched-selector',
  'call-cycle',
  'unknown-intrinsic',
  'dangling-reference',
  'unresolved-value',
  'unsupported-resource',
  'config-error',
  'rule-error',
  'check-failed',
  'internal-error',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/**
 * `error` means part of the input could not be read or understood: the scan is
 * incomplete and exits 2 unless `--allow-partial`. `warning` and `note` inform.
 */
export type DiagnosticLevel = 'error' | 'warning' | 'note';

export interface Diagnostic {
  code: DiagnosticCode;
  level: DiagnosticLevel;
  /** Our own words: never a parser's message, which can quote secret source lines. */
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/**
 * The order stages return diagnostics in: by file, line, code, column, then
 * message, so the same input always lists them the same way.
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    text(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    text(a.code, b.code) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    text(a.message, b.message)
  );
}
