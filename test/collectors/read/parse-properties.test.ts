import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { type LineIndex, parseJson, parseYaml } from '../../../src/collectors/read/index.js';

/** Every key of every object in `value`, with the container it belongs to. */
function keysOf(value: unknown): Array<[object, string]> {
  const found: Array<[object, string]> = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    for (const key of Object.keys(node)) {
      found.push([node, key]);
      stack.push((node as Record<string, unknown>)[key]);
    }
  }
  return found;
}

function expectKeysOnTheirLines(
  value: unknown,
  lines: LineIndex,
  text: string,
  written: (key: string) => string[],
): void {
  const sourceLines = text.split('\n');
  for (const [container, key] of keysOf(value)) {
    const line = lines.lineOf(container, key);
    expect(line, key).toBeDefined();
    const source = sourceLines[(line as number) - 1] ?? '';
    expect(
      written(key).some((form) => source.includes(form)),
      `${key} on line ${line}: ${source}`,
    ).toBe(true);
  }
}

const yamlValue = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.string({ maxLength: 8 })),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/), tie('node'), { maxKeys: 4 }),
  ),
})).node;

describe('parsers against their references', () => {
  it('parseJson reads what JSON.parse reads, and every key sits on its line', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2);
        const outcome = parseJson(text, { file: 'x.json' });
        if (!outcome.ok) throw new Error(outcome.diagnostic.message);
        expect(JSON.stringify(outcome.value)).toBe(JSON.stringify(JSON.parse(text)));
        expectKeysOnTheirLines(outcome.value, outcome.lines, text, (key) => [`${JSON.stringify(key)}:`]);
      }),
      { numRuns: 300 },
    );
  });

  it('parseYaml reads what js-yaml reads, and every key sits on its line', () => {
    fc.assert(
      fc.property(yamlValue, fc.boolean(), (value, flow) => {
        const text = yaml.dump(value, flow ? { flowLevel: 1 } : {});
        const outcome = parseYaml(text, { file: 'x.yaml' });
        let expected: unknown;
        try {
          expected = yaml.load(text);
        } catch {
          // js-yaml's dumper can write flow text its loader refuses (`- [.:[]`): then both must refuse it.
          expect(outcome.ok).toBe(false);
          return;
        }
        if (!outcome.ok) throw new Error(outcome.diagnostic.message);
        expect(JSON.stringify(outcome.value)).toBe(JSON.stringify(expected));
        expectKeysOnTheirLines(outcome.value, outcome.lines, text, (key) => [
          `${key}:`,
          `'${key}':`,
          `"${key}":`,
        ]);
      }),
      { numRuns: 300 },
    );
  });
});
