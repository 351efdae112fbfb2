// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Fn::Sub templates are written with ${Name} on purpose.
import { describe, expect, it } from 'vitest';
import { CLOUDFORMATION_SCHEMA } from '../../../src/collectors/cloudformation/schema.js';
import { parseYaml } from '../../../src/collectors/read/index.js';

function parse(text: string): unknown {
  const parsed = parseYaml(text, { file: 'schema.yaml', schema: CLOUDFORMATION_SCHEMA });
  if (!parsed.ok) throw new Error(parsed.diagnostic.code);
  return parsed.value;
}

/** Long forms as plain JSON, so prototypes do not matter to the comparison. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('the CloudFormation YAML schema', () => {
  it('turns every short-form tag into its long form', () => {
    const value = parse(`
ref: !Ref Name
condition: !Condition IsProd
dotted: !GetAtt Db.Endpoint.Address
listed: !GetAtt [Db, Arn]
sub: !Sub 'x-\${Name}'
subList: !Sub ['\${A}', { A: b }]
join: !Join [',', [a, b]]
select: !Select [0, !GetAZs '']
azs: !GetAZs
if: !If [C, a, b]
equals: !Equals [a, b]
and: !And [!Condition A, !Condition B]
or: !Or [!Condition A, !Condition B]
not: !Not [!Condition A]
find: !FindInMap [M, k, v]
import: !ImportValue shared
split: !Split [',', 'a,b']
base64: !Base64 text
cidr: !Cidr [10.0.0.0/16, 2, 8]
length: !Length [a]
json: !ToJsonString { a: 1 }
transform: !Transform { Name: AWS::Include }
`);
    expect(plain(value)).toEqual({
      ref: { Ref: 'Name' },
      condition: { Condition: 'IsProd' },
      dotted: { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] },
      listed: { 'Fn::GetAtt': ['Db', 'Arn'] },
      sub: { 'Fn::Sub': 'x-${Name}' },
      subList: { 'Fn::Sub': ['${A}', { A: 'b' }] },
      join: { 'Fn::Join': [',', ['a', 'b']] },
      select: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      azs: { 'Fn::GetAZs': '' },
      if: { 'Fn::If': ['C', 'a', 'b'] },
      equals: { 'Fn::Equals': ['a', 'b'] },
      and: { 'Fn::And': [{ Condition: 'A' }, { Condition: 'B' }] },
      or: { 'Fn::Or': [{ Condition: 'A' }, { Condition: 'B' }] },
      not: { 'Fn::Not': [{ Condition: 'A' }] },
      find: { 'Fn::FindInMap': ['M', 'k', 'v'] },
      import: { 'Fn::ImportValue': 'shared' },
      split: { 'Fn::Split': [',', 'a,b'] },
      base64: { 'Fn::Base64': 'text' },
      cidr: { 'Fn::Cidr': ['10.0.0.0/16', 2, 8] },
      length: { 'Fn::Length': ['a'] },
      json: { 'Fn::ToJsonString': { a: 1 } },
      transform: { 'Fn::Transform': { Name: 'AWS::Include' } },
    });
  });

  it('keeps dates as strings, as CloudFormation does for policy versions', () => {
    expect(plain(parse('Version: 2012-10-17\n'))).toEqual({ Version: '2012-10-17' });
  });

  it('merges << keys', () => {
    expect(plain(parse('base: &base { a: 1 }\nchild:\n  <<: *base\n  b: 2\n'))).toEqual({
      base: { a: 1 },
      child: { a: 1, b: 2 },
    });
  });

  it('leaves other tags unknown, so the reader rejects them', () => {
    const parsed = parseYaml('a: !Secret x\n', { file: 'schema.yaml', schema: CLOUDFORMATION_SCHEMA });
    expect(parsed.ok ? 'parsed' : parsed.diagnostic.code).toBe('unknown-tag');
  });
});
