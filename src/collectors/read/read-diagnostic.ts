import type { Diagnostic, DiagnosticCode } from '../../model/diagnostic.js';

/** Where in a file a problem sits, 1-based. */
export interface Position {
  line?: number;
  column?: number;
}

/** An `error` diagnostic about one input file; the message must be ours, never a parser's. */
export function readError(
  code: DiagnosticCode,
  message: string,
  file: string,
  position: Position = {},
): Diagnostic {
  return withPosition({ code, level: 'error', message, file }, position);
}

/** A `warning` diagnostic about one input file. */
export function readWarning(
  code: DiagnosticCode,
  message: string,
  file: string,
  position: Position = {},
): Diagnostic {
  return withPosition({ code, level: 'warning', message, file }, position);
}

function withPosition(diagnostic: Diagnostic, position: Position): Diagnostic {
  if (position.line !== undefined) diagnostic.line = position.line;
  if (position.column !== undefined) diagnostic.column = position.column;
  return diagnostic;
}

/**
 * A key or tag name fit to quote in a message: short and made of name
 * characters only, so no value (a password, a token) can ride along.
 */
export function safeName(name: string): string | undefined {
  return /^[A-Za-z0-9_.:/!-]{1,100}$/.test(name) ? name : undefined;
}
