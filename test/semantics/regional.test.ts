import { describe, expect, it } from 'vitest';
import { build, component, gateOf, isUpWhenFailed, requirements, singleCuts } from './support.js';

describe('regional managed services', () => {
  it('DynamoDB, SQS, SNS, S3, API Gateway and EFS require their region only', () => {
    const kinds = [
      'aws.dynamodb.table',
      'aws.sqs.queue',
      'aws.sns.topic',
      'aws.s3.bucket',
      'aws.apigateway.api',
      'aws.efs.filesystem',
    ] as const;
    const { graph } = build(
      kinds.map((kind) =>
        component(kind, 'X', { region: 'eu-west-1', attributes: { regionalService: true } }),
      ),
    );
    for (const kind of kinds) {
      expect(requirements(graph, `${kind}:X`)).toEqual(['region:eu-west-1']);
      expect(graph.getEdgeAttribute(`${kind}:X`, 'region:eu-west-1', 'reason')).toBe('region');
    }
  });

  it('a DynamoDB global table is `any` over its regions', () => {
    const { graph } = build([
      component('aws.dynamodb.table', 'Orders', {
        region: 'us-east-1',
        attributes: { replicaRegions: ['us-east-1', 'eu-west-1'] },
      }),
    ]);
    const table = 'aws.dynamodb.table:Orders';
    expect(gateOf(graph, table)).toBe('any');
    expect(requirements(graph, `${table}#0`)).toEqual(['region:eu-west-1']);
    expect(requirements(graph, `${table}#1`)).toEqual(['region:us-east-1']);
    expect(isUpWhenFailed(graph, table, ['region:us-east-1'])).toBe(true);
    expect(singleCuts(graph, table)).toEqual(['provider:aws']);
  });

  it('a global table whose own region is unnamed does not count it as another region', () => {
    const { graph } = build([
      component('aws.dynamodb.table', 'Orders', {
        region: 'deployment-region',
        attributes: { replicaRegions: ['us-east-1', 'eu-west-1'] },
      }),
    ]);
    expect(requirements(graph, 'aws.dynamodb.table:Orders')).toEqual([
      'aws.dynamodb.table:Orders#0',
      'aws.dynamodb.table:Orders#1',
    ]);
  });

  it('a bucket does not require its replication destination, nor a topic its subscribers', () => {
    const { graph } = build([
      component('aws.s3.bucket', 'Replica', { region: 'us-west-2' }),
      component('aws.s3.bucket', 'Main', {
        relations: [['replicationDestination', 'aws.s3.bucket:Replica']],
      }),
      component('aws.lambda.function', 'Handler'),
      component('aws.sns.topic', 'Events', { relations: [['subscription', 'aws.lambda.function:Handler']] }),
    ]);
    expect(requirements(graph, 'aws.s3.bucket:Main')).toEqual(['region:us-east-1']);
    expect(requirements(graph, 'aws.sns.topic:Events')).toEqual(['region:us-east-1']);
  });

  it('an EFS mount target stands in its subnet zone and requires the file system', () => {
    const { graph } = build([
      component('aws.ec2.subnet', 'Sub', { zones: ['us-east-1/us-east-1a'] }),
      component('aws.efs.filesystem', 'Fs'),
      component('aws.efs.mount-target', 'Mount', {
        relations: [
          ['fileSystem', 'aws.efs.filesystem:Fs'],
          ['subnet', 'aws.ec2.subnet:Sub'],
        ],
      }),
    ]);
    expect(requirements(graph, 'aws.efs.mount-target:Mount')).toEqual([
      'aws.ec2.subnet:Sub',
      'aws.efs.filesystem:Fs',
      'zone:us-east-1/us-east-1a',
    ]);
  });
});

describe('relations', () => {
  it('DependsOn is ordering only; conditional components are built like any other', () => {
    const { graph, diagnostics } = build([
      component('aws.sqs.queue', 'Queue'),
      component('aws.lambda.function', 'Fn', { dependsOn: ['aws.sqs.queue:Queue'], condition: 'IsProd' }),
    ]);
    expect(requirements(graph, 'aws.lambda.function:Fn')).toEqual(['region:us-east-1']);
    expect(graph.getNodeAttribute('aws.lambda.function:Fn', 'label')).toBe('Fn');
    expect(diagnostics).toEqual([]);
  });

  it('ignores relations to components outside the model and to itself', () => {
    const { graph } = build([
      component('aws.lambda.function', 'Fn', {
        relations: [
          ['ref', 'aws.sqs.queue:Missing'],
          ['ref', 'aws.lambda.function:Fn'],
        ],
      }),
    ]);
    expect(requirements(graph, 'aws.lambda.function:Fn')).toEqual(['region:us-east-1']);
    expect(graph.hasNode('aws.sqs.queue:Missing')).toBe(false);
  });

  it('two nodes that only hold each other up fall together', () => {
    const { graph } = build([
      component('aws.lambda.function', 'A', { relations: [['uses', 'aws.lambda.function:B']] }),
      component('aws.lambda.function', 'B', { relations: [['uses', 'aws.lambda.function:A']] }),
    ]);
    expect(requirements(graph, 'aws.lambda.function:A')).toEqual([
      'aws.lambda.function:B',
      'region:us-east-1',
    ]);
    expect(isUpWhenFailed(graph, 'aws.lambda.function:A', [])).toBe(false);
  });
});
