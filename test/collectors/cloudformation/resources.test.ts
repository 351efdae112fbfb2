import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RefValue, UnknownValue, ZoneValue } from '../../../src/model/value.js';
import { codes, collectText, documentOf, resourceOf } from './helpers.js';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url)), 'utf8');

describe('resource facts of a YAML template', () => {
  const { document, diagnostics } = documentOf(fixture('web-stack.yaml'), 'infra/web-stack.yaml');

  it('reads every resource whose condition is not known false, in written order', () => {
    expect(diagnostics).toEqual([]);
    expect(document).toMatchObject({
      format: 'cloudformation',
      file: 'infra/web-stack.yaml',
      unit: 'infra/web-stack',
    });
    expect(document.resources.map((resource) => [resource.id, resource.type])).toEqual([
      ['Vpc', 'AWS::EC2::VPC'],
      ['SubnetA', 'AWS::EC2::Subnet'],
      ['SubnetB', 'AWS::EC2::Subnet'],
      ['Database', 'AWS::RDS::DBInstance'],
      ['DbSubnets', 'AWS::RDS::DBSubnetGroup'],
      ['Network', 'AWS::CloudFormation::Stack'],
    ]);
  });

  it('locates each resource at the line of its logical id (grep -n "^  Name:")', () => {
    const lines = Object.fromEntries(document.resources.map((resource) => [resource.id, resource.location]));
    expect(lines).toEqual({
      Vpc: { file: 'infra/web-stack.yaml', line: 11 },
      SubnetA: { file: 'infra/web-stack.yaml', line: 16 },
      SubnetB: { file: 'infra/web-stack.yaml', line: 23 },
      Database: { file: 'infra/web-stack.yaml', line: 36 },
      DbSubnets: { file: 'infra/web-stack.yaml', line: 43 },
      Network: { file: 'infra/web-stack.yaml', line: 52 },
    });
  });

  it('reads DependsOn as a name or a list', () => {
    expect(resourceOf(document, 'Database').dependsOn).toEqual(['Vpc']);
    expect(resourceOf(document, 'DbSubnets').dependsOn).toEqual(['SubnetA', 'SubnetB']);
    expect(resourceOf(document, 'Vpc').dependsOn).toEqual([]);
  });

  it('gives distinct zone indices to subnets placed with Select over GetAZs', () => {
    expect(resourceOf(document, 'SubnetA').properties.AvailabilityZone).toEqual(
      new ZoneValue(undefined, 0, undefined),
    );
    expect(resourceOf(document, 'SubnetB').properties.AvailabilityZone).toEqual(
      new ZoneValue(undefined, 1, undefined),
    );
  });

  it('evaluates properties: decided If, references, lists of references, Sub with the stack name', () => {
    const database = resourceOf(document, 'Database').properties;
    expect(database.MultiAZ).toBe(true);
    expect(database.DBSubnetGroupName).toEqual(new RefValue('DbSubnets'));
    const group = resourceOf(document, 'DbSubnets').properties;
    expect(group.SubnetIds).toEqual([new RefValue('SubnetA'), new RefValue('SubnetB')]);
    expect(group.DBSubnetGroupDescription).toBeInstanceOf(UnknownValue);
    expect(Object.getPrototypeOf(database)).toBeNull();
  });

  it('keeps a nested stack as a fact with its parameters', () => {
    const network = resourceOf(document, 'Network').properties;
    expect(network.TemplateURL).toBe('https://example.com/network.yaml');
    expect(network.Parameters).toEqual({ VpcId: new RefValue('Vpc') });
  });
});

describe('resource facts of a JSON template', () => {
  const { document, diagnostics } = documentOf(fixture('web-stack.json'), 'web-stack.json');

  it('reads resources, lines, DependsOn and references', () => {
    expect(diagnostics).toEqual([]);
    expect(document.unit).toBe('web-stack');
    expect(
      document.resources.map((resource) => [resource.id, resource.location.line, resource.dependsOn]),
    ).toEqual([
      ['Queue', 4, []],
      ['Topic', 7, ['Queue']],
      ['Zone', 16, []],
    ]);
    expect(resourceOf(document, 'Topic').properties.Subscription).toEqual([
      { Endpoint: new RefValue('Queue', 'Arn'), Protocol: 'sqs' },
    ]);
    expect(resourceOf(document, 'Zone').properties.AvailabilityZone).toEqual(
      new ZoneValue(undefined, 3, 'eu-west-1'),
    );
  });
});

describe('template mistakes are diagnostics with their line', () => {
  it('reports a Ref, GetAtt, Sub variable and DependsOn that name nothing', () => {
    const text = `Resources:
  Topic:
    Type: AWS::SNS::Topic
    DependsOn: [Queue, Ghost]
    Properties:
      A: !Ref Missing
      B: !GetAtt Absent.Arn
      C: !Sub 'x-\${Nobody}'
  Queue:
    Type: AWS::SQS::Queue
`;
    const { document, diagnostics } = documentOf(text);
    expect(codes(diagnostics)).toEqual([
      { code: 'dangling-reference', level: 'error', line: 4 },
      { code: 'dangling-reference', level: 'error', line: 6 },
      { code: 'dangling-reference', level: 'error', line: 7 },
      { code: 'dangling-reference', level: 'error', line: 8 },
    ]);
    expect(resourceOf(document, 'Topic').dependsOn).toEqual(['Queue']);
    expect(resourceOf(document, 'Topic').properties.A).toBeInstanceOf(UnknownValue);
  });

  it('reports an unknown intrinsic, in short-form YAML and in JSON, at its line', () => {
    const yaml = `Resources:
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      TopicName:
        Fn::Frobnicate: [a, b]
`;
    expect(codes(documentOf(yaml).diagnostics)).toEqual([
      { code: 'unknown-intrinsic', level: 'error', line: 6 },
    ]);
    const json =
      '{\n  "Resources": {\n    "Topic": {\n      "Type": "AWS::SNS::Topic",\n      "Properties": {\n        "TopicName": { "Fn::Frobnicate": 1 }\n      }\n    }\n  }\n}\n';
    expect(codes(documentOf(json, 'stack.json').diagnostics)).toEqual([
      { code: 'unknown-intrinsic', level: 'error', line: 6 },
    ]);
  });

  it('reports a resource without Type, a Select out of range and a malformed intrinsic', () => {
    const text = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  NoType:
    Properties: {}
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      A: !Select [5, [a, b]]
      B: !Join only-one
`;
    const { document, diagnostics } = documentOf(text);
    expect(codes(diagnostics)).toEqual([
      { code: 'invalid-template', level: 'error', line: 3 },
      { code: 'invalid-template', level: 'error', line: 8 },
      { code: 'invalid-template', level: 'error', line: 9 },
    ]);
    expect(document.resources.map((resource) => resource.id)).toEqual(['Topic']);
  });

  it('skips a template whose Resources is not a map', () => {
    const outcome = collectText("AWSTemplateFormatVersion: '2010-09-09'\nResources: [a, b]\n");
    expect(outcome.status).toBe('skipped');
    expect(outcome.status === 'skipped' && outcome.reason).toBe('invalid-template');
    expect(outcome.status === 'skipped' && codes(outcome.diagnostics)).toEqual([
      { code: 'invalid-template', level: 'error', line: 2 },
    ]);
  });

  it('skips a template with an unknown YAML tag as a parse error, without the source text', () => {
    const outcome = collectText(
      'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      Name: !Secret hunter2\n',
    );
    expect(outcome.status).toBe('skipped');
    if (outcome.status !== 'skipped') return;
    expect(outcome.reason).toBe('unknown-tag');
    expect(codes(outcome.diagnostics)).toEqual([{ code: 'unknown-tag', level: 'error', line: 5 }]);
    expect(JSON.stringify(outcome)).not.toContain('hunter2');
  });

  it('skips a template with a duplicated logical id, in YAML and JSON, rather than keep one silently', () => {
    const yaml = collectText(
      'Resources:\n  A:\n    Type: AWS::SNS::Topic\n  A:\n    Type: AWS::SQS::Queue\n',
    );
    expect(yaml).toMatchObject({ status: 'skipped', reason: 'duplicate-key' });
    expect(yaml.status === 'skipped' && codes(yaml.diagnostics)).toEqual([
      { code: 'duplicate-key', level: 'error', line: 4 },
    ]);
    const json = collectText(
      '{"Resources": {\n "A": {"Type": "AWS::SNS::Topic"},\n "A": {"Type": "AWS::SQS::Queue"}}}',
      'stack.json',
    );
    expect(json).toMatchObject({ status: 'skipped', reason: 'duplicate-key' });
  });

  it('passes the reader warnings on, such as an ambiguous scalar', () => {
    const { document, diagnostics } = documentOf(
      'Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n      Replicas: 010\n',
    );
    expect(codes(diagnostics)).toEqual([{ code: 'ambiguous-scalar', level: 'warning', line: 5 }]);
    expect(resourceOf(document, 'A').properties.Replicas).toBe(10);
  });
});
