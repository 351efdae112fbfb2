// Terraform JSON configuration syntax (Terraform language docs, "JSON Configuration Syntax"):
// the same blocks as objects; strings are templates as in native syntax.

import type { Diagnostic } from '../../model/diagnostic.js';
import type { BlockHeader } from './headers.js';
import { jsonErrorOffset } from './json-error.js';
import type { ParsedFile } from './parse.js';

const LABELS: Record<string, number> = {
  resource: 2,
  data: 2,
  module: 1,
  variable: 1,
  provider: 1,
  output: 1,
  locals: 0,
};

const COLON = /\s*:/y;

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i += 1) if (text[i] === '\n') line += 1;
  return line;
}

export function parseJsonSyntax(file: string, text: string): ParsedFile {
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch (error) {
    const diagnostic: Diagnostic = {
      code: 'parse-error',
      level: 'error',
      message: 'the file is not valid JSON',
      file,
    };
    if (!(error instanceof SyntaxError)) throw error;
    diagnostic.line = lineAt(text, jsonErrorOffset(text));
    return { ok: false, diagnostic };
  }
}

/**
 * The line of each block's innermost label key (`"orders"` under
 * `"resource": {"aws_db_instance": {...}}`), found by walking the JSON text
 * with an explicit stack of the keys that lead to the current position.
 */
export function jsonHeaders(text: string): BlockHeader[] {
  const headers: BlockHeader[] = [];
  const path: (string | undefined)[] = [];
  let pendingKey: string | undefined;
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '\n') line += 1;
    if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      COLON.lastIndex = end + 1;
      if (COLON.test(text)) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        pendingKey = key;
        // path[0] is the root object; a block's keys are every key below it, with no array in between.
        const above = path.slice(1);
        const keys = [...above, key];
        const labels = LABELS[keys[0] ?? ''];
        if (above.every((part) => part !== undefined) && labels !== undefined && keys.length === labels + 1)
          headers.push({ kind: keys[0] as string, labels: keys.slice(1) as string[], line });
      }
      i = end + 1;
      continue;
    }
    if (char === '{' || char === '[') {
      path.push(pendingKey);
      pendingKey = undefined;
    } else if (char === '}' || char === ']') path.pop();
    else if (char === ',') pendingKey = undefined;
    i += 1;
  }
  return headers;
}
