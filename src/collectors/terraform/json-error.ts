// Where JSON text first breaks the grammar (RFC 8259). JSON.parse on Node 20 does not always say.

const TOKEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters are what JSON strings forbid.
  /\s*(?:("(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*")|(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)|([{}[\]:,]))/y;

const SPACE = /\s*/y;

type Expect = 'value' | 'valueOrClose' | 'keyOrClose' | 'key' | 'colon' | 'after';

/** The offset of the first token that does not fit, or the text's length when it ends too early. */
export function jsonErrorOffset(text: string): number {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let offset = 0;
  while (offset < text.length) {
    SPACE.lastIndex = offset;
    const start = offset + (SPACE.exec(text)?.[0].length ?? 0);
    if (start >= text.length) break;
    TOKEN.lastIndex = offset;
    const match = TOKEN.exec(text);
    if (match === null) return start;
    const [whole, string, number, literal, punct] = match;
    offset += whole.length;
    const top = stack[stack.length - 1];
    const isValue = string !== undefined || number !== undefined || literal !== undefined;
    if (expect === 'colon') {
      if (punct !== ':') return start;
      expect = 'value';
    } else if (expect === 'key' || expect === 'keyOrClose') {
      if (string !== undefined) expect = 'colon';
      else if (punct === '}' && expect === 'keyOrClose') {
        stack.pop();
        expect = 'after';
      } else return start;
    } else if (expect === 'after') {
      if (top === undefined) return start;
      if (punct === ',') expect = top === '{' ? 'key' : 'value';
      else if ((punct === '}' && top === '{') || (punct === ']' && top === '[')) stack.pop();
      else return start;
    } else if (isValue) expect = 'after';
    else if (punct === '{' || punct === '[') {
      stack.push(punct);
      expect = punct === '{' ? 'keyOrClose' : 'valueOrClose';
    } else if (punct === ']' && expect === 'valueOrClose') {
      stack.pop();
      expect = 'after';
    } else return start;
  }
  return text.length;
}
