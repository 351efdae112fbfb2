/** One compiled line of a `.gitignore` or `.spofignore` file. */
export interface IgnoreRule {
  /** Matches a POSIX path relative to the ignore file's folder. */
  pattern: RegExp;
  /** `!pattern`: re-includes what an earlier rule excluded. */
  negate: boolean;
  /** `pattern/`: matches folders only. */
  folderOnly: boolean;
}

/**
 * Compiles gitignore syntax (https://git-scm.com/docs/gitignore): comments,
 * blank lines, `!` negation, `\` escapes, trailing `/` for folders, a leading
 * or inner `/` anchoring to the file's folder, `*`, `?`, `[...]` and `**`.
 */
export function parseIgnoreFile(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const rule = parseLine(rawLine);
    if (rule !== undefined) rules.push(rule);
  }
  return rules;
}

function parseLine(rawLine: string): IgnoreRule | undefined {
  let line = rawLine.replace(/(?<!\\)\s+$/, '');
  if (line === '' || line.startsWith('#')) return undefined;
  let negate = false;
  if (line.startsWith('!')) {
    negate = true;
    line = line.slice(1);
  }
  let folderOnly = false;
  if (line.endsWith('/')) {
    folderOnly = true;
    line = line.replace(/\/+$/, '');
  }
  if (line === '') return undefined;
  // A slash at the start or in the middle anchors the pattern; otherwise it matches at any depth.
  const anchored = line.includes('/');
  if (line.startsWith('/')) line = line.slice(1);
  const body = line
    .split('/')
    .map((segment, i, all) => segmentSource(segment, i === all.length - 1))
    .join('');
  const prefix = anchored ? '' : '(?:.*/)?';
  return { pattern: new RegExp(`^${prefix}${body}$`), negate, folderOnly };
}

function segmentSource(segment: string, last: boolean): string {
  if (segment === '**') return last ? '.+' : '(?:[^/]+/)*';
  return globSource(segment) + (last ? '' : '/');
}

function globSource(glob: string): string {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const ch = glob[i] as string;
    if (ch === '\\' && i + 1 < glob.length) {
      i += 1;
      source += escapeRegExp(glob[i] as string);
    } else if (ch === '*') {
      while (glob[i + 1] === '*') i += 1;
      source += '[^/]*';
    } else if (ch === '?') {
      source += '[^/]';
    } else if (ch === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) {
        source += '\\[';
      } else {
        source += characterClass(glob.slice(i + 1, end));
        i = end;
      }
    } else {
      source += escapeRegExp(ch);
    }
  }
  return source;
}

function characterClass(inner: string): string {
  const negated = inner.startsWith('!') || inner.startsWith('^');
  const body = (negated ? inner.slice(1) : inner).replace(/[\\\]^]/g, '\\$&');
  return `[${negated ? '^/' : ''}${body}]`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
