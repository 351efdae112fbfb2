// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Fn::Sub templates are written with ${Name} on purpose.
import { describe, expect, it } from 'vitest';
import {
  AllZonesValue,
  ChoiceValue,
  RefValue,
  UnknownValue,
  type Value,
  ZoneValue,
} from '../../../src/model/value.js';
import { CONTEXT_YAML, contextJson, probe } from './helpers.js';

interface Case {
  name: string;
  /** The expression in YAML short form, as written after `Value: `. */
  short: string;
  /** The same expression in long form, as parsed JSON. */
  long: unknown;
  /** For an unknown value, only its kind and references are asserted, not its wording. */
  expected: Value;
}

const unknown = (...refs: RefValue[]) => new UnknownValue('', refs);

const CASES: Case[] = [
  { name: 'Ref of a parameter default', short: '!Ref Env', long: { Ref: 'Env' }, expected: 'prod' },
  { name: 'Ref of a number parameter', short: '!Ref Count', long: { Ref: 'Count' }, expected: 3 },
  {
    name: 'Ref of a list parameter (members trimmed)',
    short: '!Ref Subnets',
    long: { Ref: 'Subnets' },
    expected: ['subnet-a', 'subnet-b', 'subnet-c'],
  },
  {
    name: 'Ref of a parameter without default',
    short: '!Ref Free',
    long: { Ref: 'Free' },
    expected: unknown(),
  },
  {
    name: 'Ref of a resource',
    short: '!Ref Bucket',
    long: { Ref: 'Bucket' },
    expected: new RefValue('Bucket'),
  },
  { name: 'AWS::Partition', short: '!Ref AWS::Partition', long: { Ref: 'AWS::Partition' }, expected: 'aws' },
  {
    name: 'AWS::URLSuffix',
    short: '!Ref AWS::URLSuffix',
    long: { Ref: 'AWS::URLSuffix' },
    expected: 'amazonaws.com',
  },
  {
    name: 'AWS::StackName',
    short: '!Ref AWS::StackName',
    long: { Ref: 'AWS::StackName' },
    expected: unknown(),
  },
  {
    name: 'AWS::AccountId',
    short: '!Ref AWS::AccountId',
    long: { Ref: 'AWS::AccountId' },
    expected: unknown(),
  },
  {
    name: 'GetAtt dotted',
    short: '!GetAtt Bucket.Arn',
    long: { 'Fn::GetAtt': 'Bucket.Arn' },
    expected: new RefValue('Bucket', 'Arn'),
  },
  {
    name: 'GetAtt list',
    short: '!GetAtt [Bucket, DomainName]',
    long: { 'Fn::GetAtt': ['Bucket', 'DomainName'] },
    expected: new RefValue('Bucket', 'DomainName'),
  },
  {
    name: 'GetAtt keeps a nested stack output whole',
    short: '!GetAtt Bucket.Outputs.VpcId',
    long: { 'Fn::GetAtt': ['Bucket', 'Outputs.VpcId'] },
    expected: new RefValue('Bucket', 'Outputs.VpcId'),
  },
  {
    name: 'Sub of known values',
    short: "!Sub 'arn:${AWS::Partition}:s3:::${Env}-logs'",
    long: { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Env}-logs' },
    expected: 'arn:aws:s3:::prod-logs',
  },
  {
    name: 'Sub keeps the references it could not resolve',
    short: "!Sub '${Bucket.Arn}/${Bucket}/*'",
    long: { 'Fn::Sub': '${Bucket.Arn}/${Bucket}/*' },
    expected: unknown(new RefValue('Bucket', 'Arn'), new RefValue('Bucket')),
  },
  {
    name: 'Sub with a variable map',
    short: "!Sub ['${Name}-${Env}', { Name: !Join ['', [a, b]] }]",
    long: { 'Fn::Sub': ['${Name}-${Env}', { Name: { 'Fn::Join': ['', ['a', 'b']] } }] },
    expected: 'ab-prod',
  },
  {
    name: 'Sub with a variable map holding a reference',
    short: "!Sub ['${Name}-x', { Name: !Ref Bucket }]",
    long: { 'Fn::Sub': ['${Name}-x', { Name: { Ref: 'Bucket' } }] },
    expected: unknown(new RefValue('Bucket')),
  },
  {
    name: 'Sub escape',
    short: "!Sub '${!Literal}-${Env}'",
    long: { 'Fn::Sub': '${!Literal}-${Env}' },
    expected: '${Literal}-prod',
  },
  {
    name: 'Join of known values',
    short: "!Join ['-', [a, !Ref Env, 7]]",
    long: { 'Fn::Join': ['-', ['a', { Ref: 'Env' }, 7]] },
    expected: 'a-prod-7',
  },
  {
    name: 'Join with a reference',
    short: "!Join [',', [!GetAtt Bucket.Arn, x]]",
    long: { 'Fn::Join': [',', [{ 'Fn::GetAtt': ['Bucket', 'Arn'] }, 'x']] },
    expected: unknown(new RefValue('Bucket', 'Arn')),
  },
  {
    name: 'Select from a known list',
    short: '!Select [1, !Ref Subnets]',
    long: { 'Fn::Select': [1, { Ref: 'Subnets' }] },
    expected: 'subnet-b',
  },
  {
    name: 'Select with a string index',
    short: "!Select ['0', [first, second]]",
    long: { 'Fn::Select': ['0', ['first', 'second']] },
    expected: 'first',
  },
  {
    name: 'Select from the deployment region zones',
    short: "!Select [2, !GetAZs '']",
    long: { 'Fn::Select': [2, { 'Fn::GetAZs': '' }] },
    expected: new ZoneValue(undefined, 2, undefined),
  },
  {
    name: 'Select from the zones of AWS::Region',
    short: '!Select [1, !GetAZs { Ref: AWS::Region }]',
    long: { 'Fn::Select': [1, { 'Fn::GetAZs': { Ref: 'AWS::Region' } }] },
    expected: new ZoneValue(undefined, 1, undefined),
  },
  {
    name: 'Select from the zones of a literal region',
    short: '!Select [0, !GetAZs eu-west-1]',
    long: { 'Fn::Select': [0, { 'Fn::GetAZs': 'eu-west-1' }] },
    expected: new ZoneValue(undefined, 0, 'eu-west-1'),
  },
  {
    name: 'GetAZs as a list',
    short: "!GetAZs ''",
    long: { 'Fn::GetAZs': '' },
    expected: new AllZonesValue(undefined),
  },
  {
    name: 'GetAZs of a literal region',
    short: '!GetAZs eu-west-1',
    long: { 'Fn::GetAZs': 'eu-west-1' },
    expected: new AllZonesValue('eu-west-1'),
  },
  {
    name: 'GetAZs of a region without default is the deployment region',
    short: '!GetAZs { Ref: Free }',
    long: { 'Fn::GetAZs': { Ref: 'Free' } },
    expected: new AllZonesValue(undefined),
  },
  {
    name: 'If with a true condition',
    short: '!If [IsProd, big, small]',
    long: { 'Fn::If': ['IsProd', 'big', 'small'] },
    expected: 'big',
  },
  {
    name: 'If with a false condition',
    short: '!If [IsDev, big, small]',
    long: { 'Fn::If': ['IsDev', 'big', 'small'] },
    expected: 'small',
  },
  {
    name: 'If with an undecided condition keeps both branches',
    short: '!If [IsFree, !Ref Bucket, small]',
    long: { 'Fn::If': ['IsFree', { Ref: 'Bucket' }, 'small'] },
    expected: new ChoiceValue('IsFree', new RefValue('Bucket'), 'small'),
  },
  {
    name: 'If with an undecided condition and a removed branch',
    short: '!If [IsFree, x, !Ref AWS::NoValue]',
    long: { 'Fn::If': ['IsFree', 'x', { Ref: 'AWS::NoValue' }] },
    expected: new ChoiceValue('IsFree', 'x', null),
  },
  {
    name: 'FindInMap with known keys',
    short: '!FindInMap [RegionMap, eu-west-1, Ami]',
    long: { 'Fn::FindInMap': ['RegionMap', 'eu-west-1', 'Ami'] },
    expected: 'ami-eu',
  },
  {
    name: 'FindInMap of a list',
    short: '!FindInMap [RegionMap, eu-west-1, Zones]',
    long: { 'Fn::FindInMap': ['RegionMap', 'eu-west-1', 'Zones'] },
    expected: ['eu-west-1a', 'eu-west-1b'],
  },
  {
    name: 'FindInMap with a DefaultValue for a missing key',
    short: '!FindInMap [RegionMap, us-east-1, Zones, { DefaultValue: none }]',
    long: { 'Fn::FindInMap': ['RegionMap', 'us-east-1', 'Zones', { DefaultValue: 'none' }] },
    expected: 'none',
  },
  {
    name: 'FindInMap with the deployment region as key',
    short: '!FindInMap [RegionMap, !Ref AWS::Region, Ami]',
    long: { 'Fn::FindInMap': ['RegionMap', { Ref: 'AWS::Region' }, 'Ami'] },
    expected: unknown(),
  },
  {
    name: 'ImportValue',
    short: "!ImportValue { 'Fn::Sub': '${Env}-vpc' }",
    long: { 'Fn::ImportValue': { 'Fn::Sub': '${Env}-vpc' } },
    expected: unknown(),
  },
  {
    name: 'Split of a known string',
    short: "!Split [',', 'a,b,c']",
    long: { 'Fn::Split': [',', 'a,b,c'] },
    expected: ['a', 'b', 'c'],
  },
  {
    name: 'Split of an imported string',
    short: "!Split [',', !ImportValue subnets]",
    long: { 'Fn::Split': [',', { 'Fn::ImportValue': 'subnets' }] },
    expected: unknown(),
  },
  {
    name: 'Base64 of a known string',
    short: '!Base64 hello',
    long: { 'Fn::Base64': 'hello' },
    expected: 'hello',
  },
  {
    name: 'Base64 of a Sub with a reference',
    short: "!Base64 { 'Fn::Sub': 'echo ${Bucket}' }",
    long: { 'Fn::Base64': { 'Fn::Sub': 'echo ${Bucket}' } },
    expected: unknown(new RefValue('Bucket')),
  },
  {
    name: 'Cidr',
    short: '!Cidr [!GetAtt Bucket.CidrBlock, 6, 8]',
    long: { 'Fn::Cidr': [{ 'Fn::GetAtt': ['Bucket', 'CidrBlock'] }, 6, 8] },
    expected: unknown(new RefValue('Bucket', 'CidrBlock')),
  },
  { name: 'Length', short: '!Length [a, b, c]', long: { 'Fn::Length': ['a', 'b', 'c'] }, expected: 3 },
  {
    name: 'ToJsonString',
    short: '!ToJsonString { a: 1, b: [x] }',
    long: { 'Fn::ToJsonString': { a: 1, b: ['x'] } },
    expected: '{"a":1,"b":["x"]}',
  },
  {
    name: 'Transform',
    short: '!Transform { Name: AWS::Include, Parameters: { Location: !Ref Env } }',
    long: { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: { Ref: 'Env' } } } },
    expected: unknown(),
  },
  {
    name: 'NoValue removes a list item',
    short: '[a, !Ref AWS::NoValue, b]',
    long: ['a', { Ref: 'AWS::NoValue' }, 'b'],
    expected: ['a', 'b'],
  },
];

function assertValue(actual: Value | undefined, expected: Value): void {
  if (expected instanceof UnknownValue) {
    expect(actual).toBeInstanceOf(UnknownValue);
    expect((actual as UnknownValue).refs).toEqual(expected.refs);
    return;
  }
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    expect(Object.getPrototypeOf(actual)).toBe(Object.getPrototypeOf(expected));
  }
  expect(actual).toEqual(expected);
}

describe.each(CASES)('$name', ({ short, long, expected }) => {
  it('YAML short form', () => {
    const { value, diagnostics } = probe(CONTEXT_YAML + short);
    expect(diagnostics).toEqual([]);
    assertValue(value, expected);
  });
  it('YAML long form', () => {
    const { value, diagnostics } = probe(CONTEXT_YAML + JSON.stringify(long));
    expect(diagnostics).toEqual([]);
    assertValue(value, expected);
  });
  it('JSON', () => {
    const { value, diagnostics } = probe(contextJson(long), 'stack.json');
    expect(diagnostics).toEqual([]);
    assertValue(value, expected);
  });
});

describe('AWS::NoValue', () => {
  it('removes the key it is the value of, in YAML and JSON', () => {
    expect(probe(`${CONTEXT_YAML}!Ref AWS::NoValue`).present).toBe(false);
    expect(probe(contextJson({ Ref: 'AWS::NoValue' }), 'stack.json').present).toBe(false);
  });
  it('removes the key when a decided If picks it', () => {
    const { present, diagnostics } = probe(`${CONTEXT_YAML}!If [IsDev, x, !Ref AWS::NoValue]`);
    expect(present).toBe(false);
    expect(diagnostics).toEqual([]);
  });
});
