import type { IgnoreRule } from './ignore-rules.js';

/** The rules of one ignore file and the folder (POSIX, relative to the scanned folder; '' for itself) it sits in. */
export interface IgnoreSource {
  base: string;
  rules: IgnoreRule[];
}

/**
 * Decides whether a path is ignored by a stack of ignore files, outermost
 * first. As in git, the last matching rule wins, and nothing inside an
 * ignored folder can be re-included.
 */
export class IgnoreMatcher {
  constructor(readonly sources: readonly IgnoreSource[]) {}

  /** A matcher that also applies `source`, which is deeper than every current one. */
  with(source: IgnoreSource): IgnoreMatcher {
    return new IgnoreMatcher([...this.sources, source]);
  }

  /** Whether `path` (POSIX, relative to the scanned folder) is ignored, its parent folders included. */
  ignores(path: string, isFolder: boolean): boolean {
    if (this.sources.length === 0) return false;
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i += 1) {
      if (this.matchesItself(parts.slice(0, i).join('/'), true)) return true;
    }
    return this.matchesItself(path, isFolder);
  }

  /** Whether the rules exclude `path` itself, ignoring its parents. */
  matchesItself(path: string, isFolder: boolean): boolean {
    let ignored = false;
    for (const source of this.sources) {
      if (source.base !== '' && !path.startsWith(`${source.base}/`)) continue;
      const local = source.base === '' ? path : path.slice(source.base.length + 1);
      for (const rule of source.rules) {
        if (rule.folderOnly && !isFolder) continue;
        if (rule.pattern.test(local)) ignored = !rule.negate;
      }
    }
    return ignored;
  }
}
