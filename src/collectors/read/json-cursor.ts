/** A JSON syntax error at a 1-based line and column, in our own words. */
export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Reads JSON tokens (RFC 8259) from a text, tracking line and column for positions and errors. */
export class JsonCursor {
  position = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {
    if (text.startsWith('\uFEFF')) this.position = 1;
  }

  /** The current 1-based line and column. */
  here(): { line: number; column: number } {
    return { line: this.line, column: this.position - this.lineStart + 1 };
  }

  fail(message: string): never {
    const { line, column } = this.here();
    throw new JsonSyntaxError(message, line, column);
  }

  /** Skips JSON whitespace and returns the next character ('' at the end). */
  peek(): string {
    const text = this.text;
    while (this.position < text.length) {
      const ch = text.charCodeAt(this.position);
      if (ch === 0x0a) {
        this.line += 1;
        this.lineStart = this.position + 1;
      } else if (ch !== 0x20 && ch !== 0x09 && ch !== 0x0d) {
        break;
      }
      this.position += 1;
    }
    return this.text.charAt(this.position);
  }

  /** Consumes `ch` after whitespace, or fails with `message`. */
  expect(ch: string, message: string): void {
    if (this.peek() !== ch) this.fail(message);
    this.position += 1;
  }

  string(): string {
    this.expect('"', 'expected a string in double quotes');
    let result = '';
    for (;;) {
      const runEnd = this.plainRunEnd();
      result += this.text.slice(this.position, runEnd);
      this.position = runEnd;
      const ch = this.text.charAt(this.position);
      if (ch === '"') {
        this.position += 1;
        return result;
      }
      if (ch === '') this.fail('a string is not closed');
      if (ch !== '\\') this.fail('a string contains a raw control character or line break');
      result += this.escape();
    }
  }

  /** Where the run of characters that need no decoding ends: at a quote, a backslash or a control character. */
  private plainRunEnd(): number {
    const text = this.text;
    let i = this.position;
    for (; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 0x22 || code === 0x5c || code < 0x20) break;
    }
    return i;
  }

  private escape(): string {
    const ch = this.text.charAt(this.position + 1);
    const simple = ESCAPES[ch];
    if (simple !== undefined) {
      this.position += 2;
      return simple;
    }
    const hex = this.text.slice(this.position + 2, this.position + 6);
    if (ch !== 'u' || !/^[0-9a-fA-F]{4}$/.test(hex))
      this.fail('a string contains an invalid escape sequence');
    this.position += 6;
    return String.fromCharCode(Number.parseInt(hex, 16));
  }

  number(): number {
    NUMBER.lastIndex = this.position;
    if (!NUMBER.test(this.text)) this.fail('expected a value');
    const value = Number(this.text.slice(this.position, NUMBER.lastIndex));
    this.position = NUMBER.lastIndex;
    return value;
  }

  /** Consumes `word` (true, false, null) if it is next. */
  literal(word: string): boolean {
    if (!this.text.startsWith(word, this.position)) return false;
    this.position += word.length;
    return true;
  }

  atEnd(): boolean {
    return this.peek() === '';
  }
}
