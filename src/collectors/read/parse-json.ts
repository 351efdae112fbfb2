import type { Diagnostic } from '../../model/diagnostic.js';
import { JsonCursor, JsonSyntaxError } from './json-cursor.js';
import { type ParseLimits, resolveParseLimits } from './limits.js';
import { MutableLineIndex } from './line-index.js';
import type { ParseOutcome } from './parse-outcome.js';
import { readError, safeName } from './read-diagnostic.js';

/** How to parse one JSON file. */
export interface JsonParseOptions {
  /** Repo-relative path, for diagnostics. */
  file: string;
  limits?: Partial<ParseLimits>;
}

type Frame =
  | { kind: 'array'; value: unknown[] }
  | { kind: 'object'; value: Record<string, unknown>; key: string };

/** A failure with its own code (a limit, a duplicate key) rather than a syntax error. */
class ReadFailure extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

/**
 * Parses JSON (RFC 8259) without recursion, into null-prototype objects,
 * recording the line of every key and array item. Unlike JSON.parse, a key
 * that appears twice in one object is an error: JSON.parse keeps the last
 * one, and a CloudFormation resource silently disappears.
 */
export function parseJson(text: string, options: JsonParseOptions): ParseOutcome {
  const { file } = options;
  const limits = resolveParseLimits(options.limits);
  const cursor = new JsonCursor(text);
  const lines = new MutableLineIndex();
  try {
    const value = parseValue(cursor, lines, limits, file);
    if (!cursor.atEnd()) cursor.fail('unexpected content after the JSON value');
    return { ok: true, value, lines, warnings: [] };
  } catch (error) {
    if (error instanceof ReadFailure) return { ok: false, diagnostic: error.diagnostic };
    if (!(error instanceof JsonSyntaxError)) throw error;
    const position = { line: error.line, column: error.column };
    return { ok: false, diagnostic: readError('parse-error', error.message, file, position) };
  }
}

function parseValue(cursor: JsonCursor, lines: MutableLineIndex, limits: ParseLimits, file: string): unknown {
  const stack: Frame[] = [];
  let nodes = 0;
  for (;;) {
    // Read one value: a scalar, or the opening of a container.
    nodes += 1;
    if (nodes > limits.maxNodes) {
      const message = `the file holds more than ${limits.maxNodes} values`;
      throw new ReadFailure(readError('alias-limit', message, file, cursor.here()));
    }
    let value: unknown;
    const ch = cursor.peek();
    if (ch === '{' || ch === '[') {
      if (stack.length >= limits.maxDepth) {
        const message = `nesting is deeper than the limit of ${limits.maxDepth} levels`;
        throw new ReadFailure(readError('depth-limit', message, file, cursor.here()));
      }
      cursor.position += 1;
      if (ch === '[') {
        const array: unknown[] = [];
        if (cursor.peek() !== ']') {
          stack.push({ kind: 'array', value: array });
          lines.set(array, 0, cursor.here().line);
          continue;
        }
        cursor.position += 1;
        value = array;
      } else {
        const object: Record<string, unknown> = Object.create(null);
        if (cursor.peek() !== '}') {
          stack.push({ kind: 'object', value: object, key: readKey(cursor, object, lines, file) });
          continue;
        }
        cursor.position += 1;
        value = object;
      }
    } else {
      value = readScalar(cursor, ch);
    }
    // Store the value, then close every container that ends here.
    for (;;) {
      const frame = stack[stack.length - 1];
      if (frame === undefined) return value;
      if (frame.kind === 'array') frame.value.push(value);
      else frame.value[frame.key] = value;
      const next = cursor.peek();
      const closer = frame.kind === 'array' ? ']' : '}';
      if (next === ',') {
        cursor.position += 1;
        if (frame.kind === 'object') {
          frame.key = readKey(cursor, frame.value, lines, file);
        } else {
          cursor.peek();
          lines.set(frame.value, frame.value.length, cursor.here().line);
        }
        break;
      }
      if (next !== closer) cursor.fail(`expected \`,\` or \`${closer}\``);
      cursor.position += 1;
      stack.pop();
      value = frame.value;
    }
  }
}

function readKey(
  cursor: JsonCursor,
  object: Record<string, unknown>,
  lines: MutableLineIndex,
  file: string,
): string {
  cursor.peek();
  const at = cursor.here();
  const key = cursor.string();
  if (Object.hasOwn(object, key)) {
    const name = safeName(key);
    const named = name === undefined ? 'a key' : `key \`${name}\``;
    const message = `${named} appears twice in one object; only one value would be kept`;
    throw new ReadFailure(readError('duplicate-key', message, file, at));
  }
  lines.set(object, key, at.line);
  cursor.expect(':', 'expected `:` after the key');
  return key;
}

function readScalar(cursor: JsonCursor, ch: string): unknown {
  if (ch === '"') return cursor.string();
  if (cursor.literal('true')) return true;
  if (cursor.literal('false')) return false;
  if (cursor.literal('null')) return null;
  if (ch === '') cursor.fail('expected a value, found the end of the file');
  return cursor.number();
}
