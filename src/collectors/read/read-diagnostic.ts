import type { Diagnostic, DiagnosticCode, DiagnosticLevel } from '../../model/diagnostic.js';

/** Where in a file a problem sits, 1-based. */
export interface Position {
  line?: number;
  column?: number;
}

/** A diagnostic about one input file, at the position given when known. */
export type ReadDiagnostic = (
  code: DiagnosticCode,
  message: string,
  file: string,
  position?: Position,
) => Diagnostic;

function atLevel(level: DiagnosticLevel): ReadDiagnostic {
  return (code, message, file, position = {}) => {
    const diagnostic: Diagnostic = { code, level, message, file };
    if (position.line !== undefined) diagnostic.line = position.line;
    if (position.column !== undefined) diagnostic.column = position.column;
    return diagnostic;
  };
}

/** An `error` diagnostic about one input file; the message must be ours, never a parser's. */
export const readError: ReadDiagnostic = atLevel('error');

/** A `warning` diagnostic about one input file. */
export const readWarning: ReadDiagnostic = atLevel('warning');

/**
 * A key or tag name fit to quote in a message: short and made of name
 * characters only, so no value (a password, a token) can ride along.
 */
export function safeName(name: string): string | undefined {
  return /^[A-Za-z0-9_.:/!-]{1,100}$/.test(name) ? name : undefined;
}
