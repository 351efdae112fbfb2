import type { CoverageEntry } from '../../model/coverage.js';
import type { Diagnostic } from '../../model/diagnostic.js';

/** One input file found by discovery. */
export interface DiscoveredFile {
  /** The path readText opens; every symbolic link on the way was checked to stay inside the root. */
  absolute: string;
  /** POSIX path relative to the scan root, as reports show it. */
  relative: string;
}

/**
 * What discovery found: the files to read (sorted by `relative`), coverage
 * entries for files deliberately excluded or skipped (never for files to
 * read: the collector records those), and diagnostics.
 */
export interface Discovery {
  files: DiscoveredFile[];
  coverage: CoverageEntry[];
  diagnostics: Diagnostic[];
}
