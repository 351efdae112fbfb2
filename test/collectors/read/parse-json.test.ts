import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/collectors/read/index.js';

function failure(text: string, limits?: { maxDepth?: number; maxNodes?: number }) {
  const outcome = parseJson(
    text,
    limits === undefined ? { file: 'stack.json' } : { file: 'stack.json', limits },
  );
  if (outcome.ok) throw new Error('expected a failure');
  return outcome.diagnostic;
}

function success(text: string) {
  const outcome = parseJson(text, { file: 'stack.json' });
  if (!outcome.ok) throw new Error(`unexpected ${outcome.diagnostic.code}: ${outcome.diagnostic.message}`);
  return outcome;
}

describe('parseJson', () => {
  it('parses like JSON.parse on valid input', () => {
    const text =
      '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n\\"\\\\\\/"], "b": {}, "c": [], "d": "\\ud83d\\ude00"}';
    const { value, warnings } = success(text);
    expect(JSON.stringify(value)).toBe(JSON.stringify(JSON.parse(text)));
    expect(warnings).toEqual([]);
  });

  it('records the line of every key and array item', () => {
    const text =
      '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket"\n    },\n    "Queue": {"Type": "q"}\n  },\n  "List": [\n    1,\n    {"x": 2}\n  ]\n}\n';
    const { value, lines } = success(text);
    const root = value as { Resources: object; List: unknown[] };
    expect(lines.lineOf(root, 'Resources')).toBe(2);
    expect(lines.lineOf(root.Resources, 'Bucket')).toBe(3);
    expect(lines.lineOf(root.Resources, 'Queue')).toBe(6);
    expect(lines.lineOf(root, 'List')).toBe(8);
    expect([lines.lineOf(root.List, 0), lines.lineOf(root.List, 1)]).toEqual([9, 10]);
  });

  it('reports a duplicate key (JSON.parse would drop a resource) with its line and column', () => {
    const text = '{\n  "Resources": {\n    "Db": {"Type": "A"},\n    "Db": {"Type": "B"}\n  }\n}';
    expect(Object.keys(JSON.parse(text).Resources)).toEqual(['Db']);
    const diagnostic = failure(text);
    expect(diagnostic).toMatchObject({
      code: 'duplicate-key',
      level: 'error',
      file: 'stack.json',
      line: 4,
      column: 5,
    });
    expect(diagnostic.message).toContain('Db');
  });

  it.each([
    ['{"a": 1,}', 1, 9],
    ['{"a": 1\n "b": 2}', 2, 2],
    ['[1, 2', 1, 6],
    ['{"a": tru}', 1, 7],
    ['{"a": "x\ny"}', 1, 9],
    ['{"a": 01}', 1, 8],
    ['', 1, 1],
    ['{} {}', 1, 4],
    ['{"a": "\\q"}', 1, 8],
  ])('reports a syntax error in %j at line %i, column %i', (text, line, column) => {
    expect(failure(text)).toMatchObject({ code: 'parse-error', file: 'stack.json', line, column });
  });

  it('never puts source text in a syntax error (canary)', () => {
    const diagnostic = failure('{"password": "hunter2-CANARY" "user": 1}');
    expect(JSON.stringify(diagnostic)).not.toContain('CANARY');
  });

  it('rejects deep nesting with depth-limit, without recursion', () => {
    expect(failure('['.repeat(10_000))).toMatchObject({ code: 'depth-limit', line: 1, column: 101 });
    expect(failure('{"a":'.repeat(10_000))).toMatchObject({ code: 'depth-limit' });
    expect(success(`${'['.repeat(100)}${']'.repeat(100)}`).value).toBeTruthy();
  });

  it('stops past maxNodes', () => {
    expect(success('[1, 2, 3]').value).toEqual([1, 2, 3]);
    expect(failure('[1, 2, 3]', { maxNodes: 3 }).code).toBe('alias-limit');
    expect(parseJson('[1, 2, 3]', { file: 'x', limits: { maxNodes: 4 } }).ok).toBe(true);
  });

  it('builds null-prototype objects and keeps __proto__ as an own key', () => {
    const { value } = success('{"__proto__": {"polluted": true}, "constructor": 1}');
    const root = value as Record<string, unknown>;
    expect(Object.getPrototypeOf(root)).toBeNull();
    expect(Object.keys(root)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(root, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('tolerates a byte order mark left in the text', () => {
    expect(success('\uFEFF{"a": 1}').value).toEqual(Object.assign(Object.create(null), { a: 1 }));
  });
});
