// Lines of top-level block headers in HCL native syntax (HCL spec, "Structural Elements").
// The parser gives values without lines; this scanner only tracks enough lexical state
// (strings, templates, heredocs, comments, brace depth) to know where each top-level block starts.

/** A top-level block header: `resource "aws_db_instance" "orders" {` on `line`. */
export interface BlockHeader {
  kind: string;
  labels: string[];
  line: number;
}

const KINDS = new Set([
  'resource',
  'data',
  'module',
  'variable',
  'locals',
  'provider',
  'output',
  'terraform',
]);
const HEADER = /^([A-Za-z_][A-Za-z0-9_-]*)((?:\s+(?:"[^"\\\n]*"|[A-Za-z_][A-Za-z0-9_-]*))*)\s*\{/;
const LABEL = /"([^"\\\n]*)"|([A-Za-z_][A-Za-z0-9_-]*)/g;
const HEREDOC = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/;

/** One open lexical context; the stack replaces recursion over nested templates. */
type Frame = 'code' | 'string' | 'template';

function headerAt(text: string, offset: number, line: number): BlockHeader | undefined {
  const match = HEADER.exec(text.slice(offset, offset + 512));
  if (match === null || !KINDS.has(match[1] as string)) return undefined;
  const labels = [...(match[2] ?? '').matchAll(LABEL)].map((label) => label[1] ?? label[2] ?? '');
  return { kind: match[1] as string, labels, line };
}

/** Where the heredoc starting at `offset` ends (after its closing marker line), and how many newlines it spans. */
function skipHeredoc(text: string, offset: number): { end: number; lines: number } | undefined {
  const opener = HEREDOC.exec(text.slice(offset, offset + 256));
  if (opener === null) return undefined;
  const marker = opener[2] as string;
  let position = offset + opener[0].length;
  let lines = 1;
  while (position < text.length) {
    const next = text.indexOf('\n', position);
    const lineEnd = next === -1 ? text.length : next;
    if (text.slice(position, lineEnd).trim() === marker) return { end: lineEnd, lines };
    if (next === -1) break;
    position = next + 1;
    lines += 1;
  }
  return { end: text.length, lines };
}

/**
 * Finds every top-level block header. Braces inside strings, `${}`/`%{}`
 * templates, heredocs and comments do not count towards depth.
 */
export function scanHeaders(text: string): BlockHeader[] {
  const headers: BlockHeader[] = [];
  const stack: Frame[] = ['code'];
  let depth = 0;
  let line = 1;
  let lineStart = true;
  let i = 0;
  while (i < text.length) {
    const frame = stack[stack.length - 1];
    const char = text[i] as string;
    const pair = text.slice(i, i + 2);
    if (char === '\n') {
      line += 1;
      lineStart = true;
      i += 1;
      continue;
    }
    if (frame === 'string') {
      if (char === '\\') i += 2;
      else if (pair === '${' || pair === '%{') {
        if (text[i - 1] === text[i] && text[i - 2] !== text[i]) i += 2;
        else {
          stack.push('template');
          i += 2;
        }
      } else {
        if (char === '"') stack.pop();
        i += 1;
      }
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') {
      i += 1;
      continue;
    }
    if (char === '#' || pair === '//') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
      continue;
    }
    if (pair === '/*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      for (let j = i; j < stop; j += 1) if (text[j] === '\n') line += 1;
      i = stop;
      continue;
    }
    if (depth === 0 && frame === 'code' && lineStart) {
      const header = headerAt(text, i, line);
      if (header !== undefined) headers.push(header);
    }
    lineStart = false;
    if (pair === '<<') {
      const heredoc = skipHeredoc(text, i);
      if (heredoc !== undefined) {
        line += heredoc.lines;
        i = heredoc.end;
        continue;
      }
    }
    // Inside a template every brace pairs with another inside it; only root braces change depth.
    if (char === '"') stack.push('string');
    else if (char === '{') {
      if (frame === 'template') stack.push('template');
      else depth += 1;
    } else if (char === '}') {
      if (frame === 'template') stack.pop();
      else depth -= 1;
    }
    i += 1;
  }
  return headers;
}
