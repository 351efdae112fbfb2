/** Where a fact came from: a repo-relative POSIX path and a 1-based line. */
export interface SourceLocation {
  file: string;
  line: number;
  column?: number;
}

/** Orders locations by file, then line, so every report lists them the same way. */
export function compareLocations(a: SourceLocation, b: SourceLocation): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  return (a.column ?? 0) - (b.column ?? 0);
}
