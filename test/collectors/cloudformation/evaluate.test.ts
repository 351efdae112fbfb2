// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Fn::Sub templates are written with ${Name} on purpose.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Env } from '../../../src/collectors/cloudformation/env.js';
import { BudgetExceeded, evaluate } from '../../../src/collectors/cloudformation/evaluate.js';
import { parseSubTemplate } from '../../../src/collectors/cloudformation/intrinsics/sub.js';
import { codes, collectText } from './helpers.js';

function bareEnv(): Env {
  return {
    scope: {
      parameters: new Map(),
      resources: new Set(['Bucket']),
      mappings: undefined,
      conditions: new Map(),
      conditionValues: new Map(),
      expanding: new Set(),
    },
    report: () => undefined,
    lineOf: () => undefined,
  };
}

describe('the evaluator', () => {
  it('returns plain data unchanged (as null-prototype maps), whatever its shape', () => {
    const key = fc
      .string()
      .filter((text) => text !== 'Ref' && text !== 'Condition' && !text.startsWith('Fn::'));
    const data = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
        fc.array(tie('value')),
        fc.dictionary(key, tie('value')),
      ),
    })).value;
    fc.assert(
      fc.property(data, (raw) => {
        const value = evaluate({ raw, line: 1 }, bareEnv(), { remaining: 1_000_000 });
        expect(JSON.parse(JSON.stringify(value))).toEqual(raw);
      }),
    );
  });

  it('evaluates input far deeper than the call stack allows, without recursion', () => {
    let raw: unknown = { Ref: 'Bucket' };
    for (let depth = 0; depth < 50_000; depth += 1)
      raw = depth % 2 === 0 ? [raw] : { 'Fn::Select': [0, [raw]] };
    let value: unknown = evaluate({ raw, line: 1 }, bareEnv(), { remaining: 10_000_000 });
    let depth = 0;
    while (Array.isArray(value)) {
      value = value[0];
      depth += 1;
    }
    expect(depth).toBe(25_000);
    expect(value).toMatchObject({ target: 'Bucket' });
  });

  it('stops when a document needs more steps than its budget', () => {
    expect(() => evaluate({ raw: ['a', 'b', 'c', 'd'], line: 1 }, bareEnv(), { remaining: 3 })).toThrow(
      BudgetExceeded,
    );
  });

  it('skips a template whose lookups multiply past the budget, as alias-limit', () => {
    // 60 lookups of a 20,000-item list: a small file, 1.2 million evaluation steps.
    const zones = Array.from({ length: 20_000 }, (_, index) => `        - z${index}\n`).join('');
    const lookups = Array.from({ length: 60 }, (_, index) => `      L${index}: !FindInMap [M, k, v]\n`).join(
      '',
    );
    const text = `Mappings:\n  M:\n    k:\n      v:\n${zones}Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n${lookups}`;
    const outcome = collectText(text);
    expect(outcome).toMatchObject({ status: 'skipped', reason: 'alias-limit' });
    expect(outcome.status === 'skipped' && codes(outcome.diagnostics)).toEqual([
      { code: 'alias-limit', level: 'error' },
    ]);
  });
});

describe('Fn::Sub templates', () => {
  it('splits text and variables, with ${!Literal} kept literal and unclosed ${ kept as text', () => {
    expect(
      parseSubTemplate('arn:${AWS::Partition}:s3:::${ Bucket }/${!Keep}/${Db.Endpoint.Address}${open'),
    ).toEqual([
      { literal: 'arn:' },
      { variable: 'AWS::Partition' },
      { literal: ':s3:::' },
      { variable: 'Bucket' },
      { literal: '/${Keep}/' },
      { variable: 'Db.Endpoint.Address' },
      { literal: '${open' },
    ]);
    expect(parseSubTemplate('')).toEqual([]);
  });
});
