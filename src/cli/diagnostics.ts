import type { Diagnostic } from '../model/diagnostic.js';
import { escapeText } from '../report/shared/escape.js';

/** `spof.yml:7 rules.x.severity: must be ...` — one line, input escaped. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const line = diagnostic.line === undefined ? '' : `:${diagnostic.line}`;
  const where = diagnostic.file === undefined ? '' : `${escapeText(diagnostic.file)}${line} `;
  return `spof: ${diagnostic.level} ${diagnostic.code}: ${where}${escapeText(diagnostic.message)}\n`;
}
