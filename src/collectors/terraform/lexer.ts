// Tokens of an HCL expression (HCL native syntax spec, "Lexical Elements"), enough for the subset we evaluate.

/** One token; `str` holds the raw template source between the quotes. */
export interface Token {
  type: 'num' | 'str' | 'ident' | 'punct';
  text: string;
}

/** Thrown when an expression is outside what we read; the caller keeps it as an unknown value. */
export class NotUnderstood extends Error {}

const PUNCT3 = ['...'];
const PUNCT2 = ['==', '!=', '<=', '>=', '&&', '||', '=>'];
const PUNCT1 = '.,[](){}=:?!<>+-*/%';
const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/**
 * Index just past the `"` or `}` that closes a string or template opened
 * before `start`. `frames` starts as `['string']` or `['template']`.
 */
export function closeOf(text: string, start: number, opener: 'string' | 'template'): number {
  const frames: ('string' | 'template')[] = [opener];
  let i = start;
  while (i < text.length) {
    const frame = frames[frames.length - 1];
    const char = text[i];
    const pair = text.slice(i, i + 2);
    if (frame === 'string') {
      if (char === '\\') i += 1;
      else if (text.startsWith('$${', i) || text.startsWith('%%{', i)) i += 2;
      else if (pair === '${' || pair === '%{') {
        frames.push('template');
        i += 1;
      } else if (char === '"') frames.pop();
    } else if (char === '"') frames.push('string');
    else if (char === '{') frames.push('template');
    else if (char === '}') frames.pop();
    i += 1;
    if (frames.length === 0) return i;
  }
  throw new NotUnderstood('unterminated string or template');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (/\s/.test(char)) {
      i += 1;
      continue;
    }
    if (char === '"') {
      const end = closeOf(text, i + 1, 'string');
      tokens.push({ type: 'str', text: text.slice(i + 1, end - 1) });
      i = end;
      continue;
    }
    IDENT.lastIndex = i;
    NUMBER.lastIndex = i;
    const ident = IDENT.exec(text);
    const number = ident === null ? NUMBER.exec(text) : null;
    const word = ident ?? number;
    if (word !== null) {
      tokens.push({ type: ident !== null ? 'ident' : 'num', text: word[0] });
      i += word[0].length;
      continue;
    }
    const punct = [...PUNCT3, ...PUNCT2].find((candidate) => text.startsWith(candidate, i));
    if (punct !== undefined || PUNCT1.includes(char)) {
      const token = punct ?? char;
      tokens.push({ type: 'punct', text: token });
      i += token.length;
      continue;
    }
    throw new NotUnderstood(`unexpected character at ${i}`);
  }
  return tokens;
}
