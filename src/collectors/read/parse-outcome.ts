import type { Diagnostic } from '../../model/diagnostic.js';
import type { LineIndex } from './line-index.js';

/**
 * The result of parsing one file: the value (null-prototype objects, arrays,
 * scalars, and class instances a custom schema made), where its keys start,
 * and warnings such as ambiguous scalars; or one error diagnostic.
 */
export type ParseOutcome =
  | { ok: true; value: unknown; lines: LineIndex; warnings: Diagnostic[] }
  | { ok: false; diagnostic: Diagnostic };

/** Like ParseOutcome, for a file of several YAML documents: `value` holds one entry per document. */
export type ParseAllOutcome =
  | { ok: true; value: unknown[]; lines: LineIndex; warnings: Diagnostic[] }
  | { ok: false; diagnostic: Diagnostic };
