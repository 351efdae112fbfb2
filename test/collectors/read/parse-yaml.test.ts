import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseYaml, parseYamlAll } from '../../../src/collectors/read/index.js';
import { BILLION_LAUGHS } from '../../support/yaml-bombs.js';
import { cfnLikeTypes } from './cfn-like-types.js';

const corpus = (path: string) => fileURLToPath(new URL(`../../../../shared/corpus/${path}`, import.meta.url));

/** A stand-in for a format's custom tags: `!Ref` makes a class instance, `!GetAtt`/`!Sub` plain objects. */
class RefTag {
  constructor(readonly target: string) {}
}
const schema = yaml.DEFAULT_SCHEMA.extend([
  new yaml.Type('!Ref', { kind: 'scalar', construct: (data: string) => new RefTag(data) }),
  new yaml.Type('!GetAtt', {
    kind: 'scalar',
    construct: (data: string) => ({ 'Fn::GetAtt': data.split('.') }),
  }),
  new yaml.Type('!Sub', { kind: 'scalar', construct: (data: string) => ({ 'Fn::Sub': data }) }),
  new yaml.Type('!Select', { kind: 'sequence', construct: (data: unknown[]) => ({ 'Fn::Select': data }) }),
  new yaml.Type('!GetAZs', { kind: 'scalar', construct: (data: string) => ({ 'Fn::GetAZs': data }) }),
]);

function failure(text: string, options: Parameters<typeof parseYaml>[1] = { file: 'infra/t.yaml' }) {
  const outcome = parseYaml(text, options);
  if (outcome.ok) throw new Error('expected a failure');
  return outcome.diagnostic;
}

function success(text: string, options: Parameters<typeof parseYaml>[1] = { file: 'infra/t.yaml', schema }) {
  const outcome = parseYaml(text, options);
  if (!outcome.ok) throw new Error(`unexpected ${outcome.diagnostic.code}: ${outcome.diagnostic.message}`);
  return outcome;
}

describe('parseYaml', () => {
  it('gives the exact line of each resource and property in a corpus template', () => {
    const path = 'cloudformation-templates/VPC/FindInMapAZs.yaml';
    const text = readFileSync(corpus(path), 'utf8');
    const outcome = parseYaml(text, { file: path, schema: yaml.DEFAULT_SCHEMA.extend(cfnLikeTypes()) });
    if (!outcome.ok) throw new Error(outcome.diagnostic.message);
    const template = outcome.value as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    const resources = template.Resources as Record<string, Record<string, Record<string, unknown>>>;
    const grepLine = (needle: string) => text.split('\n').indexOf(needle) + 1;
    for (const name of [
      'VPC',
      'PublicSubnet1',
      'PublicSubnet2',
      'PrivateSubnet1',
      'NatGateway2',
      'NoIngressSecurityGroup',
    ]) {
      expect(outcome.lines.lineOf(resources, name)).toBe(grepLine(`  ${name}:`));
    }
    expect(outcome.lines.lineOf(resources, 'PublicSubnet1')).toBe(59);
    expect(outcome.lines.lineOf(resources, 'PublicSubnet2')).toBe(72);
    const properties = resources.PublicSubnet1?.Properties as object;
    // Values made by custom tags (`VpcId: !Ref VPC`, `CidrBlock: !Ref ...`) still give their key's line.
    expect(outcome.lines.lineOf(properties, 'VpcId')).toBe(62);
    expect(outcome.lines.lineOf(properties, 'CidrBlock')).toBe(69);
    expect(outcome.lines.lineOf(template, 'Resources')).toBe(grepLine('Resources:'));
  });

  it('gives lines of sequence items, flow keys and explicit keys', () => {
    const text =
      'list:\n  - first\n  - {b: 1,\n     c: 2}\n  - [p: 1, q]\n? explicit\n: value\n"quoted": 1\n';
    const { value, lines } = success(text);
    const root = value as { list: [string, object, unknown[]] };
    expect([0, 1, 2].map((i) => lines.lineOf(root.list, i))).toEqual([2, 3, 5]);
    expect(lines.lineOf(root.list[1], 'c')).toBe(4);
    expect(lines.lineOf(root.list[2], 1)).toBe(5);
    expect(lines.lineOf(root.list[2][0] as object, 'p')).toBe(5);
    expect(lines.lineOf(root, 'explicit')).toBe(6);
    expect(lines.lineOf(root, 'quoted')).toBe(8);
  });

  it('reports a syntax error with its line and column, in our words only', () => {
    const diagnostic = failure('a: 1\nb: [1, 2\n');
    expect(diagnostic).toMatchObject({
      code: 'parse-error',
      level: 'error',
      file: 'infra/t.yaml',
      line: 3,
      column: 1,
    });
    const indentation = failure('top:\n  a: 1\n b: 2\n');
    expect(indentation).toMatchObject({ code: 'parse-error', line: 3 });
  });

  it('never puts source text in a diagnostic (canary)', () => {
    const diagnostic = failure('user: admin\npassword: hunter2-CANARY: extra\n');
    expect(diagnostic.code).toBe('parse-error');
    expect(diagnostic.line).toBe(2);
    expect(JSON.stringify(diagnostic)).not.toContain('CANARY');
    expect(JSON.stringify(diagnostic)).not.toContain('hunter2');
  });

  it('reports a duplicate key with its line', () => {
    const diagnostic = failure('Resources:\n  Bucket:\n    Type: A\n  Bucket:\n    Type: B\n');
    expect(diagnostic).toMatchObject({ code: 'duplicate-key', line: 4 });
    expect(diagnostic.message).toContain('Bucket');
  });

  it('treats an unknown tag as an error with its line, not as a string', () => {
    const diagnostic = failure('a: 1\nb: !GetAttr X.Y\n', { file: 'infra/t.yaml', schema });
    expect(diagnostic).toMatchObject({ code: 'unknown-tag', line: 2 });
    expect(diagnostic.message).toContain('!GetAttr');
  });

  it('stops the 342-byte billion-laughs bomb with alias-limit in well under a second', () => {
    expect(BILLION_LAUGHS.length).toBe(342);
    const started = performance.now();
    const diagnostic = failure(BILLION_LAUGHS);
    expect(performance.now() - started).toBeLessThan(250);
    expect(diagnostic).toMatchObject({ code: 'alias-limit', file: 'infra/t.yaml' });
  });

  it('counts shared references every time against maxNodes', () => {
    const text = 'base: &b [1, 2, 3, 4]\nuses: [*b, *b, *b]\n';
    // root 1 + base 5 + uses (1 + 3 * 5) = 22 visits
    expect(success(text, { file: 'x.yaml', limits: { maxNodes: 22 } }).value).toBeTruthy();
    expect(failure(text, { file: 'x.yaml', limits: { maxNodes: 21 } }).code).toBe('alias-limit');
  });

  it('reports an alias to a collection that contains it', () => {
    expect(failure('a: &a [1, *a]\n').code).toBe('alias-limit');
  });

  it('rejects 10,000 levels of [ and of indentation with depth-limit, without overflowing the stack', () => {
    expect(failure(`a: ${'['.repeat(10_000)}`)).toMatchObject({ code: 'depth-limit', line: 1 });
    let nested = '';
    for (let i = 0; i < 10_000; i += 1) nested += `${' '.repeat(i)}k${i}:\n`;
    expect(failure(nested)).toMatchObject({ code: 'depth-limit', line: 101 });
    expect(failure(`${'- '.repeat(5_000)}x\n`).code).toBe('depth-limit');
  });

  it('accepts nesting right at the limit', () => {
    const text = `${'['.repeat(100)}${']'.repeat(100)}\n`;
    expect(success(text, { file: 'x.yaml' }).value).toBeTruthy();
    expect(failure(`${'['.repeat(101)}${']'.repeat(101)}\n`).code).toBe('depth-limit');
    expect(
      failure(`${'['.repeat(11)}${']'.repeat(11)}\n`, { file: 'x', limits: { maxDepth: 10 } }).code,
    ).toBe('depth-limit');
  });

  it('merges << merge keys, pointing merged keys at the << line', () => {
    const text = 'defaults: &d\n  image: nginx\n  replicas: 2\nweb:\n  <<: *d\n  replicas: 3\n';
    const { value, lines } = success(text);
    const web = (value as { web: Record<string, unknown> }).web;
    expect({ ...web }).toEqual({ image: 'nginx', replicas: 3 });
    expect(lines.lineOf(web, 'replicas')).toBe(6);
    expect(lines.lineOf(web, 'image')).toBe(5);
  });

  it('merges << even with a schema built on CORE_SCHEMA, which lacks merge keys', () => {
    const core = yaml.CORE_SCHEMA.extend([
      new yaml.Type('!Ref', { kind: 'scalar', construct: (d: string) => new RefTag(d) }),
    ]);
    const text = 'a: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: [*a, *b]\n  z: !Ref Q\n';
    const { value } = success(text, { file: 'compose.yaml', schema: core });
    const c = (value as { c: Record<string, unknown> }).c;
    expect(Object.keys(c).sort()).toEqual(['x', 'y', 'z']);
    expect(c['<<']).toBeUndefined();
  });

  it('keeps __proto__ as an own key and leaves Object.prototype untouched', () => {
    const { value } = success('__proto__:\n  polluted: yes-it-is\nconstructor: x\n');
    const root = value as Record<string, unknown>;
    expect(Object.getPrototypeOf(root)).toBeNull();
    expect(Object.keys(root)).toEqual(['__proto__', 'constructor']);
    expect(Object.hasOwn(root, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(root, '__proto__')?.value).toEqual({ polluted: 'yes-it-is' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns objects made by custom tags into null-prototype objects, keeps class instances', () => {
    const { value, lines } = success('a: !Ref VPC\nb: !GetAtt Db.Endpoint\nc: !Select [0, !GetAZs ""]\n');
    const root = value as Record<string, unknown>;
    expect(root.a).toBeInstanceOf(RefTag);
    expect((root.a as RefTag).target).toBe('VPC');
    expect(Object.getPrototypeOf(root.b)).toBeNull();
    expect((root.b as Record<string, unknown>)['Fn::GetAtt']).toEqual(['Db', 'Endpoint']);
    const select = (root.c as Record<string, unknown[]>)['Fn::Select'] as unknown[];
    expect(Object.getPrototypeOf(select[1])).toBeNull();
    expect([lines.lineOf(root, 'a'), lines.lineOf(root, 'b'), lines.lineOf(root, 'c')]).toEqual([1, 2, 3]);
    expect([lines.lineOf(select, 0), lines.lineOf(select, 1)]).toEqual([3, 3]);
  });

  it('gives lines of the items of a sequence written under a custom tag', () => {
    const text = 'Value: !Select\n  - 1\n  - - a\n    - b\n  - !GetAZs ""\n';
    const { value, lines } = success(text);
    const args = ((value as Record<string, unknown>).Value as Record<string, unknown[]>)[
      'Fn::Select'
    ] as unknown[];
    expect([0, 1, 2].map((i) => lines.lineOf(args, i))).toEqual([2, 3, 5]);
    expect(lines.lineOf(args[1] as unknown[], 1)).toBe(4);
  });

  it('warns on ambiguous plain scalars, not on quoted or explicitly tagged ones', () => {
    const text =
      'mode: 0777\nreplicas: 010\nenabled: yes\nport: 22:22\nsafe: "yes"\ntagged: !!str no\nplain: 10\nword: yesterday\n';
    const outcome = success(text);
    expect(outcome.warnings.map((w) => [w.code, w.level, w.file, w.line])).toEqual([
      ['ambiguous-scalar', 'warning', 'infra/t.yaml', 1],
      ['ambiguous-scalar', 'warning', 'infra/t.yaml', 2],
      ['ambiguous-scalar', 'warning', 'infra/t.yaml', 3],
      ['ambiguous-scalar', 'warning', 'infra/t.yaml', 4],
    ]);
    expect(outcome.warnings[0]?.message).toContain('octal');
    expect((outcome.value as Record<string, unknown>).replicas).toBe(10);
  });

  it('gives the column of an ambiguous scalar, on a later line and inside a flow sequence', () => {
    const outcome = success('name: x\nports: [80, 443, 010]\nmulti:\n  - a\n  -  0777\n');
    expect(outcome.warnings.map((w) => [w.line, w.column])).toEqual([
      [2, 18],
      [5, 6],
    ]);
  });

  it('requires exactly one document, and parseYamlAll reads them all', () => {
    const text = 'a: 1\n---\nb: 2\n---\nc: 3\n';
    expect(failure(text)).toMatchObject({ code: 'parse-error', line: 2 });
    const all = parseYamlAll(text, { file: 'k8s.yaml' });
    if (!all.ok) throw new Error(all.diagnostic.message);
    expect(all.value.map((document) => Object.keys(document as object))).toEqual([['a'], ['b'], ['c']]);
    expect(all.lines.lineOf(all.value[2] as object, 'c')).toBe(5);
  });

  it('parses every YAML file of the corpus without errors or a false depth-limit', () => {
    const files = [
      'microservices-demo/kubernetes-manifests.yaml',
      'cloudformation-templates/VPC/FindInMapAZs.yaml',
    ];
    for (const file of files) {
      const outcome = parseYamlAll(readFileSync(corpus(file), 'utf8'), {
        file,
        schema: yaml.DEFAULT_SCHEMA.extend(cfnLikeTypes()),
      });
      expect(outcome.ok, file).toBe(true);
    }
  });
});
