import { extname } from 'node:path';
import type { CoverageEntry } from '../../model/coverage.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { DiscoveredFile, Discovery } from './discovered-file.js';
import { readError } from './read-diagnostic.js';

/** Collects what discovery finds across every scanned path, without duplicates, in a stable order. */
export class DiscoverySink {
  private readonly files = new Map<string, DiscoveredFile>();
  private readonly coverage = new Map<string, CoverageEntry>();
  private readonly diagnostics = new Map<string, Diagnostic>();
  private readonly extensions: Set<string>;

  constructor(extensions: readonly string[]) {
    this.extensions = new Set(extensions.map((extension) => extension.toLowerCase()));
  }

  /** Whether a file name has one of the extensions being looked for. */
  wants(name: string): boolean {
    return this.extensions.has(extname(name).toLowerCase());
  }

  addFile(file: DiscoveredFile): void {
    if (!this.files.has(file.relative) && !this.coverage.has(file.relative))
      this.files.set(file.relative, file);
  }

  /** A file deliberately left out (`.spofignore`). */
  exclude(relative: string, reason: string): void {
    if (!this.files.has(relative))
      this.coverage.set(relative, { file: relative, status: 'excluded', reason });
  }

  /** A file that could not be read, with the error that says why. */
  skip(relative: string, code: Diagnostic['code'], message: string): void {
    this.files.delete(relative);
    this.coverage.set(relative, { file: relative, status: 'skipped', reason: message });
    this.report(readError(code, message, relative));
  }

  report(diagnostic: Diagnostic): void {
    this.diagnostics.set(
      `${diagnostic.file ?? ''}\u0000${diagnostic.code}\u0000${diagnostic.message}`,
      diagnostic,
    );
  }

  result(): Discovery {
    const byKey = <T>(map: Map<string, T>): T[] =>
      [...map.entries()].sort(([a], [b]) => compare(a, b)).map(([, v]) => v);
    return { files: byKey(this.files), coverage: byKey(this.coverage), diagnostics: byKey(this.diagnostics) };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
