import type { CoverageEntry } from '../model/coverage.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentFacts } from '../model/facts.js';

/** One file handed to a collector: its repo-relative POSIX path and its decoded text. */
export interface CollectorInput {
  file: string;
  text: string;
}

/** What a collector made of one file. Every outcome ends in exactly one coverage entry. */
export type CollectorOutcome =
  | { status: 'not-applicable' }
  | { status: 'analysed'; document: DocumentFacts; diagnostics: Diagnostic[] }
  | { status: 'skipped'; reason: string; diagnostics: Diagnostic[] };

/**
 * One input format (style.md item 10): a plain object in its own folder,
 * listed once in registry.ts.
 */
export interface Collector {
  /** Format id, kebab-case; also `DocumentFacts.format` and `CoverageEntry.format`. */
  readonly id: string;
  /** Human name of the format, for coverage reasons. */
  readonly title: string;
  /** File name endings this collector reads, lower case with the dot (`.yaml`). */
  readonly extensions: readonly string[];
  /** Cheap test on the raw text; false means "not mine" without parsing (a broken unrelated file is left alone). */
  detectText(text: string): boolean;
  /** Whether a parsed document is of this format. */
  detectValue(value: unknown): boolean;
  /** Parses and reads one file. Never throws for bad input: problems are diagnostics. */
  collect(input: CollectorInput): CollectorOutcome;
}

/** What a folder collector made of one folder: at most one document, and a coverage entry for every file given. */
export interface FolderOutcome {
  document?: DocumentFacts;
  coverage: CoverageEntry[];
  diagnostics: Diagnostic[];
}

/**
 * A format whose unit is a folder, not a file (a Terraform module), and whose
 * parser may be asynchronous: it reads all of a folder's files at once.
 */
export interface FolderCollector {
  readonly id: string;
  readonly title: string;
  /** File name endings this collector reads, lower case with the dot. */
  readonly extensions: readonly string[];
  /** Reads one folder's files (repo-relative POSIX paths). Never throws for bad input. */
  collectFolder(folder: string, files: readonly CollectorInput[]): Promise<FolderOutcome>;
}
