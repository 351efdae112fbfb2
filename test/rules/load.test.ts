import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRuleDir, loadRules } from '../../src/rules/index.js';

const GOOD = `id: my-rule
title: A test rule
severity: warning
category: recovery
message: "{{kind}} {{name}} has no PITR ({{pointInTimeRecovery}})"
rationale: Because.
remediation: Turn it on.
helpUri: https://example.com/my-rule
tags: [custom]
check: attribute-predicate
options:
  match:
    - kinds: [aws.dynamodb.table]
      where: { pointInTimeRecovery: { not: true } }
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spof-rules-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function loadOne(name: string, text: string) {
  const folder = await mkdtemp(join(dir, 'case-'));
  await writeFile(join(folder, name), text);
  return loadRuleDir(folder, 'custom');
}

describe('loadRules', () => {
  it('loads every built-in rule, sorted by id, with no diagnostics, from rules/', async () => {
    const { rules, diagnostics } = await loadRules([]);
    expect(diagnostics).toEqual([]);
    expect(rules.length).toBeGreaterThanOrEqual(16);
    const ids = rules.map((rule) => rule.id);
    expect(ids).toEqual([...ids].sort());
    expect(rules.find((rule) => rule.id === 'single-nat-gateway')?.file).toBe(
      'rules/single-nat-gateway.yaml',
    );
    // The bound check does not leak into JSON output.
    expect(Object.keys(JSON.parse(JSON.stringify(rules[0])))).not.toContain('run');
  });

  it('adds user rules after the built-ins; an id defined twice is a rule-error and the built-in wins', async () => {
    const folder = await mkdtemp(join(dir, 'user-'));
    await writeFile(join(folder, 'my-rule.yaml'), GOOD);
    const clash = await readFile(new URL('../../rules/backups-disabled.yaml', import.meta.url), 'utf8');
    await writeFile(
      join(folder, 'backups-disabled.yaml'),
      clash.replace('severity: warning', 'severity: error'),
    );
    const { rules, diagnostics } = await loadRules([folder]);
    expect(rules.find((rule) => rule.id === 'my-rule')?.file).toBe(`${folder}/my-rule.yaml`);
    expect(rules.find((rule) => rule.id === 'backups-disabled')?.severity).toBe('warning');
    expect(diagnostics.map((d) => [d.code, d.level, d.file])).toEqual([
      ['rule-error', 'error', `${folder}/backups-disabled.yaml`],
    ]);
  });

  it('a missing rules folder is a rule-error naming it', async () => {
    const { diagnostics } = await loadRules([join(dir, 'nope')]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'rule-error', level: 'error', file: join(dir, 'nope') }),
    ]);
  });
});

describe('rule file validation', () => {
  it('accepts a valid user rule and keeps its metadata', async () => {
    const { rules, diagnostics } = await loadOne('my-rule.yaml', GOOD);
    expect(diagnostics).toEqual([]);
    expect(rules[0]).toMatchObject({
      id: 'my-rule',
      severity: 'warning',
      category: 'recovery',
      file: 'custom/my-rule.yaml',
    });
  });

  const cases: Array<[string, string, string, string]> = [
    ['an unknown key', 'my-rule.yaml', GOOD.replace('tags:', 'colour: red\ntags:'), '"colour"'],
    ['a missing key', 'my-rule.yaml', GOOD.replace('rationale: Because.\n', ''), '"rationale"'],
    ['an id other than the file name', 'other-rule.yaml', GOOD, '"id"'],
    ['an id not in kebab-case', 'My_Rule.yaml', GOOD.replace('id: my-rule', 'id: My_Rule'), '"id"'],
    ['a bad severity', 'my-rule.yaml', GOOD.replace('severity: warning', 'severity: fatal'), '"severity"'],
    [
      'a bad category',
      'my-rule.yaml',
      GOOD.replace('category: recovery', 'category: security'),
      '"category"',
    ],
    [
      'a helpUri that is not https',
      'my-rule.yaml',
      GOOD.replace('https://example.com', 'ftp://example.com'),
      '"helpUri"',
    ],
    [
      'an unknown check',
      'my-rule.yaml',
      GOOD.replace('check: attribute-predicate', 'check: guess'),
      '"check"',
    ],
    [
      'a bad option',
      'my-rule.yaml',
      GOOD.replace('aws.dynamodb.table', 'aws.dynamo.table'),
      '"options.match[0].kinds[0]"',
    ],
    [
      'an unknown option',
      'my-rule.yaml',
      GOOD.replace('options:', 'options:\n  limit: 3'),
      '"options.limit"',
    ],
    [
      'a placeholder the check does not fill',
      'my-rule.yaml',
      GOOD.replace('{{kind}}', '{{zone}}'),
      '"message"',
    ],
    ['tags that are not a list', 'my-rule.yaml', GOOD.replace('tags: [custom]', 'tags: custom'), '"tags"'],
  ];
  for (const [what, name, text, key] of cases) {
    it(`rejects ${what} with a rule-error naming the file and ${key}`, async () => {
      const { rules, diagnostics } = await loadOne(name, text);
      expect(rules).toEqual([]);
      expect(diagnostics.length).toBeGreaterThan(0);
      for (const d of diagnostics)
        expect(d).toMatchObject({ code: 'rule-error', level: 'error', file: `custom/${name}` });
      expect(diagnostics.some((d) => d.message.includes(`key ${key}`))).toBe(true);
    });
  }

  it('invalid YAML is a rule-error with the line, never the parser text', async () => {
    const { diagnostics } = await loadOne('my-rule.yaml', 'id: my-rule\ntitle: [unclosed\nsecret: hunter2\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'rule-error', file: 'custom/my-rule.yaml' });
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(2);
    expect(diagnostics[0]?.message).not.toContain('hunter2');
  });

  it('a YAML alias bomb in options is bounded', async () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
      'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]',
    ].map((line) => `  ${line}`);
    const text = GOOD.replace('options:\n', `options:\n${bomb.join('\n')}\n`);
    const started = Date.now();
    const { diagnostics } = await loadOne('my-rule.yaml', text);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(diagnostics.some((d) => d.message.includes('key "options"'))).toBe(true);
  });

  it('a __proto__ key in options stays a key and pollutes nothing', async () => {
    const text = GOOD.replace('options:\n', 'options:\n  __proto__: { polluted: true }\n');
    const { diagnostics } = await loadOne('my-rule.yaml', text);
    expect(diagnostics.some((d) => d.message.includes('"options.__proto__"'))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
