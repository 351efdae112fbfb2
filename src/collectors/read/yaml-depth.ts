/**
 * A cheap, iterative estimate of how deeply a YAML text nests, run before the
 * (recursive) parser sees it: indentation levels of block collections plus
 * open flow brackets. It errs low on exotic layouts (js-yaml's own `maxDepth`
 * is the backstop) and never counts plain text, quoted strings, comments or
 * block scalar bodies, so normal files are never rejected.
 */
export function findExcessiveYamlDepth(text: string, maxDepth: number): number | undefined {
  const scanner = new DepthScanner(text, maxDepth);
  return scanner.run();
}

class DepthScanner {
  private readonly levels: number[] = [];
  private flowDepth = 0;
  private quote: '' | "'" | '"' = '';
  private blockScalarParent: number | undefined;
  private lineNumber = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  /** The 1-based line where the nesting first passes maxDepth, or undefined. */
  run(): number | undefined {
    let start = 0;
    while (start <= this.text.length) {
      let end = this.text.indexOf('\n', start);
      if (end === -1) end = this.text.length;
      this.lineNumber += 1;
      const contentEnd = end > start && this.text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
      if (this.scanLine(this.text.slice(start, contentEnd))) return this.lineNumber;
      start = end + 1;
    }
    return undefined;
  }

  private scanLine(line: string): boolean {
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20) indent += 1;
    const blank = indent === line.length || line.trim() === '';
    if (this.blockScalarParent !== undefined) {
      if (blank || indent > this.blockScalarParent) return false;
      this.blockScalarParent = undefined;
    }
    if (this.quote !== '' || this.flowDepth > 0) return this.scanContent(line, 0, indent);
    if (blank || line[indent] === '#' || (this.levels.length === 0 && line.startsWith('%'))) return false;
    if (
      (line.startsWith('---') || line.startsWith('...')) &&
      (line.length === 3 || /\s/.test(line.charAt(3)))
    ) {
      this.levels.length = 0;
      return this.scanContent(line, 3, -1);
    }
    while (this.levels.length > 0 && (this.levels[this.levels.length - 1] as number) > indent)
      this.levels.pop();
    let position = indent;
    while (isIndicator(line, position)) {
      if (this.push(position)) return true;
      position += 1;
      while (line[position] === ' ') position += 1;
    }
    return this.scanContent(line, position, position);
  }

  /** Pushes a block level at `column` unless an enclosing one is there already; true when too deep. */
  private push(column: number): boolean {
    const top = this.levels[this.levels.length - 1];
    if (top === undefined || top < column) this.levels.push(column);
    return this.levels.length + this.flowDepth > this.maxDepth;
  }

  /** Walks one line's characters for brackets, quotes, comments, keys and block scalar headers. */
  private scanContent(line: string, from: number, keyColumn: number): boolean {
    let atNodeStart = true;
    for (let i = from; i < line.length; i += 1) {
      const ch = line[i] as string;
      if (this.quote !== '') {
        i = this.skipQuoted(line, i);
        atNodeStart = false;
        continue;
      }
      if (ch === ' ' || ch === '\t') {
        if (this.flowDepth > 0) atNodeStart = true;
        continue;
      }
      if (ch === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return false;
      if (atNodeStart && (ch === "'" || ch === '"')) {
        this.quote = ch;
        continue;
      }
      if (ch === '[' || ch === '{') {
        if (this.flowDepth > 0 || atNodeStart) {
          this.flowDepth += 1;
          if (this.levels.length + this.flowDepth > this.maxDepth) return true;
        }
        atNodeStart = this.flowDepth > 0;
        continue;
      }
      if ((ch === ']' || ch === '}') && this.flowDepth > 0) {
        this.flowDepth -= 1;
        atNodeStart = false;
        continue;
      }
      if (ch === ',' && this.flowDepth > 0) {
        atNodeStart = true;
        continue;
      }
      const next = line[i + 1];
      if (ch === ':' && (next === undefined || next === ' ' || next === '\t' || this.flowDepth > 0)) {
        if (this.flowDepth === 0 && keyColumn >= 0 && this.push(keyColumn)) return true;
        keyColumn = -1;
        atNodeStart = true;
        continue;
      }
      if (atNodeStart && this.flowDepth === 0 && (ch === '|' || ch === '>')) {
        if (/^[|>][-+0-9]*(\s+#.*)?\s*$/.test(line.slice(i))) {
          this.blockScalarParent = this.levels[this.levels.length - 1] ?? -1;
          return false;
        }
      }
      if (atNodeStart && (ch === '!' || ch === '&')) {
        while (i + 1 < line.length && line[i + 1] !== ' ') i += 1;
        continue;
      }
      atNodeStart = false;
    }
    return false;
  }

  /** Skips inside a quoted scalar from `i`; returns the index of the closing quote or the line's end. */
  private skipQuoted(line: string, i: number): number {
    for (let j = i; j < line.length; j += 1) {
      const ch = line[j];
      if (this.quote === '"' && ch === '\\') {
        j += 1;
      } else if (ch === this.quote) {
        if (this.quote === "'" && line[j + 1] === "'") {
          j += 1;
        } else {
          this.quote = '';
          return j;
        }
      }
    }
    return line.length;
  }
}

/** A block indicator (`-`, `?`, `:`) at `position`, followed by a space or the line's end. */
function isIndicator(line: string, position: number): boolean {
  const ch = line.charAt(position);
  if (ch !== '-' && ch !== '?' && ch !== ':') return false;
  const next = line.charAt(position + 1);
  return next === '' || next === ' ' || next === '\t';
}
