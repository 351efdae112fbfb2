import { createHash } from 'node:crypto';
import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from '../../src/model/graph.js';
import { defaultPolicy } from '../../src/model/policy.js';
import type { RuleMeta } from '../../src/model/rule.js';
import type { Check, LoadedRule } from '../../src/rules/index.js';
import { bindRule, runRules } from '../../src/rules/index.js';
import { addNode, component, context } from './support/model.js';

function meta(id: string, over: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id,
    title: `title of ${id}`,
    severity: 'warning',
    category: 'recovery',
    message: 'Table {{name}} lacks PITR',
    rationale: 'r',
    remediation: 'm',
    helpUri: `https://example.com/${id}`,
    tags: [],
    check: 'attribute-predicate',
    options: { match: [{ kinds: ['aws.dynamodb.table'], where: { pointInTimeRecovery: { not: true } } }] },
    file: `rules/${id}.yaml`,
    ...over,
  };
}

const rule = (id: string, over: Partial<RuleMeta> = {}): LoadedRule => bindRule(meta(id, over));

/** A rule bound to a hand-written check, as bindRule binds registered ones. */
function custom(id: string, check: Check): LoadedRule {
  const bound = { ...meta(id) } as LoadedRule;
  Object.defineProperty(bound, 'run', { value: check, enumerable: false });
  return bound;
}

const tables = () =>
  context([
    component('aws.dynamodb.table', 'Orders'),
    component('aws.dynamodb.table', 'Carts'),
    component('aws.dynamodb.table', 'Safe', { attributes: { pointInTimeRecovery: true } }),
  ]);

describe('runRules', () => {
  it('builds findings from the template, node and fingerprint, sorted by severity, rule and node', () => {
    const { findings, diagnostics } = runRules(
      [rule('b-rule'), rule('a-rule', { severity: 'note' })],
      tables(),
    );
    expect(diagnostics).toEqual([]);
    expect(findings.map((f) => [f.severity, f.ruleId, f.node.id])).toEqual([
      ['warning', 'b-rule', 'aws.dynamodb.table:Carts'],
      ['warning', 'b-rule', 'aws.dynamodb.table:Orders'],
      ['note', 'a-rule', 'aws.dynamodb.table:Carts'],
      ['note', 'a-rule', 'aws.dynamodb.table:Orders'],
    ]);
    const orders = findings[1];
    expect(orders).toMatchObject({
      message: 'Table Orders lacks PITR',
      title: 'title of b-rule',
      category: 'recovery',
      node: {
        id: 'aws.dynamodb.table:Orders',
        kind: 'aws.dynamodb.table',
        type: 'AWS::DynamoDB table',
        name: 'Orders',
      },
      locations: [{ file: 'template.yaml', line: 10 }],
      entries: [],
      path: [],
    });
    const expected = createHash('sha256')
      .update('b-rule\0aws.dynamodb.table:Orders')
      .digest('hex')
      .slice(0, 16);
    expect(orders?.fingerprint).toBe(expected);
  });

  it('makes a message that opens with a lower-case kind title a sentence', () => {
    const { findings } = runRules([rule('a-rule', { message: '{{name}} lacks PITR' })], tables());
    const ctx = tables();
    const [carts] = ctx.model.components;
    if (carts) carts.name = 'carts table';
    const lower = runRules([rule('a-rule', { message: '{{name}} lacks PITR' })], ctx).findings;
    expect(findings[0]?.message).toBe('Carts lacks PITR');
    expect(lower[0]?.message).toBe('Carts table lacks PITR');
  });

  it('applies policy severity overrides, off, and option overlays', () => {
    const ctx = tables();
    ctx.policy = {
      ...defaultPolicy(),
      rules: {
        'a-rule': { severity: 'off' },
        'b-rule': {
          severity: 'error',
          options: {
            match: [{ kinds: ['aws.dynamodb.table'], where: { pointInTimeRecovery: { equals: true } } }],
          },
        },
      },
    };
    const { findings, diagnostics } = runRules([rule('a-rule'), rule('b-rule')], ctx);
    expect(diagnostics).toEqual([]);
    expect(findings.map((f) => [f.ruleId, f.severity, f.node.id])).toEqual([
      ['b-rule', 'error', 'aws.dynamodb.table:Safe'],
    ]);
  });

  it('an explicit policy severity beats the severity a check derives from survive', () => {
    const ctx = tables();
    const derivesNote = custom('cut-rule', {
      name: 'derives-note',
      summary: 'reports Orders as a note, as cut-set-member does for a failure an entry need not survive',
      validate: () => [],
      dataKeys: () => ['name'],
      run: () => [{ node: 'aws.dynamodb.table:Orders', data: { name: 'Orders' }, severity: 'note' }],
    });
    expect(runRules([derivesNote], ctx).findings.map((f) => f.severity)).toEqual(['note']);
    ctx.policy = { ...defaultPolicy(), rules: { 'cut-rule': { severity: 'error' } } };
    expect(runRules([derivesNote], ctx).findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('bad policy options are a rule-error naming the policy key; an unknown rule id a config-error', () => {
    const ctx = tables();
    ctx.policy = {
      ...defaultPolicy(),
      file: 'spof.yml',
      rules: { 'a-rule': { options: { match: 'all' } }, 'no-such-rule': { severity: 'note' } },
    };
    const { findings, diagnostics } = runRules([rule('a-rule')], ctx);
    expect(findings).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.level, d.file])).toEqual([
      ['config-error', 'error', 'spof.yml'],
      ['rule-error', 'error', 'spof.yml'],
    ]);
    expect(diagnostics[1]?.message).toContain('options.match');
  });

  it('policy options that are an alias bomb are a rule-error, not a hang', () => {
    let shared: unknown[] = ['x'];
    for (let level = 0; level < 7; level++) shared = Array.from({ length: 10 }, () => shared);
    const ctx = tables();
    ctx.policy = { ...defaultPolicy(), rules: { 'a-rule': { options: { match: shared } } } };
    const { findings, diagnostics } = runRules([rule('a-rule')], ctx);
    expect(findings).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(['rule-error']);
  });

  it('a check that throws is a check-failed diagnostic and the other rules run on', () => {
    const broken: Check = {
      name: 'broken',
      summary: 'throws',
      validate: () => [],
      dataKeys: () => [],
      run: () => {
        throw new Error('boom');
      },
    };
    const { findings, diagnostics } = runRules([custom('a-rule', broken), rule('b-rule')], tables());
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'check-failed', level: 'error', file: 'rules/a-rule.yaml' }),
    ]);
    expect(findings.map((f) => f.ruleId)).toEqual(['b-rule', 'b-rule']);
  });

  it('an unfilled placeholder or an unknown node is a check-failed diagnostic, never a finding', () => {
    const unfilled = rule('a-rule', { message: 'Table {{name}} in {{zone}}' });
    const liar: Check = {
      name: 'liar',
      summary: 'reports a node that does not exist',
      validate: () => [],
      dataKeys: () => ['name'],
      run: () => [{ node: 'aws.s3.bucket:Ghost', data: { name: 'Ghost' } }],
    };
    const { findings, diagnostics } = runRules([unfilled, custom('b-rule', liar)], tables());
    expect(findings).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['check-failed', 'rules/a-rule.yaml'],
      ['check-failed', 'rules/a-rule.yaml'],
      ['check-failed', 'rules/b-rule.yaml'],
    ]);
    expect(diagnostics[0]?.message).toContain('zone');
  });

  it('deduplicates reports of one rule on one node, keeping every entry and the worst severity', () => {
    const twice: Check = {
      name: 'twice',
      summary: 'reports one node twice',
      validate: () => [],
      dataKeys: () => ['name'],
      run: () => [
        {
          node: 'aws.dynamodb.table:Orders',
          data: { name: 'Orders' },
          entries: ['entry:b'],
          severity: 'note',
        },
        {
          node: 'aws.dynamodb.table:Orders',
          data: { name: 'Orders' },
          entries: ['entry:a'],
          severity: 'error',
        },
      ],
    };
    const { findings } = runRules([custom('a-rule', twice)], tables());
    expect(findings.map((f) => [f.node.id, f.severity, f.entries])).toEqual([
      ['aws.dynamodb.table:Orders', 'error', ['entry:a', 'entry:b']],
    ]);
  });

  it('describes domain, entry and graph-only nodes from the graph, components from the model', () => {
    const graph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
    addNode(graph, 'zone:us-east-1/us-east-1a', { kind: 'domain', domainKind: 'zone', label: 'us-east-1a' });
    addNode(graph, 'dns:www.example.com/A', {
      kind: 'component',
      label: 'www.example.com A',
      componentKind: 'aws.route53.record',
      locations: [
        { file: 'dns.yaml', line: 7 },
        { file: 'dns.yaml', line: 3 },
        { file: 'dns.yaml', line: 3 },
      ],
    });
    addNode(graph, 'entry:shop', { kind: 'entry', label: 'shop.example.com' });
    const reporter: Check = {
      name: 'reporter',
      summary: 'reports fixed nodes',
      validate: () => [],
      dataKeys: () => ['name'],
      run: () =>
        ['zone:us-east-1/us-east-1a', 'dns:www.example.com/A', 'entry:shop', 'aws.dynamodb.table:Orders'].map(
          (node) => ({ node, data: { name: node } }),
        ),
    };
    const ctx = context([component('aws.dynamodb.table', 'Orders')], { graph });
    const { findings, diagnostics } = runRules([custom('a-rule', reporter)], ctx);
    expect(diagnostics).toEqual([]);
    expect(findings.map((f) => [f.node, f.locations])).toEqual([
      [
        {
          id: 'aws.dynamodb.table:Orders',
          kind: 'aws.dynamodb.table',
          type: 'AWS::DynamoDB table',
          name: 'Orders',
        },
        [{ file: 'template.yaml', line: 10 }],
      ],
      [
        {
          id: 'dns:www.example.com/A',
          kind: 'aws.route53.record',
          type: 'aws.route53.record',
          name: 'www.example.com A',
        },
        [
          { file: 'dns.yaml', line: 3 },
          { file: 'dns.yaml', line: 7 },
        ],
      ],
      [{ id: 'entry:shop', kind: 'entry', type: 'entry', name: 'shop.example.com' }, []],
      [{ id: 'zone:us-east-1/us-east-1a', kind: 'domain', type: 'zone', name: 'us-east-1a' }, []],
    ]);
  });
});
