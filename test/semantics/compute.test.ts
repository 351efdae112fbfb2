import { describe, expect, it } from 'vitest';
import { build, component, gateOf, isUpWhenFailed, requirements, singleCuts } from './support.js';
import { A, inBoth, subnets } from './two-zones.js';

describe('Auto Scaling group', () => {
  it('MinSize 1 is one replica: the replica and its zone are cuts', () => {
    const { graph } = build([
      ...subnets,
      component('aws.autoscaling.group', 'Asg', {
        attributes: { minSize: 1, maxSize: 4 },
        relations: inBoth,
      }),
    ]);
    const asg = 'aws.autoscaling.group:Asg';
    expect(gateOf(graph, asg)).toBe('any');
    expect(requirements(graph, asg)).toEqual([`${asg}#0`]);
    expect(requirements(graph, `${asg}#0`)).toEqual(['aws.ec2.subnet:SubA', 'zone:us-east-1/us-east-1a']);
    expect(singleCuts(graph, asg)).toEqual([
      `${asg}#0`,
      'aws.ec2.subnet:SubA',
      'provider:aws',
      'region:us-east-1',
      'zone:us-east-1/us-east-1a',
    ]);
  });

  it('MinSize 2 over two zones survives either zone; desired size does not count', () => {
    const { graph } = build([
      ...subnets,
      component('aws.autoscaling.group', 'Asg', { attributes: { minSize: 2, count: 6 }, relations: inBoth }),
    ]);
    const asg = 'aws.autoscaling.group:Asg';
    expect(requirements(graph, asg)).toEqual([`${asg}#0`, `${asg}#1`]);
    expect(requirements(graph, `${asg}#1`)).toEqual(['aws.ec2.subnet:SubB', 'zone:us-east-1/us-east-1b']);
    expect(singleCuts(graph, asg)).toEqual(['provider:aws', 'region:us-east-1']);
  });

  it('round-robins replicas over the sorted zones', () => {
    const { graph } = build([
      ...subnets,
      component('aws.autoscaling.group', 'Asg', { attributes: { minSize: 3 }, relations: inBoth }),
    ]);
    expect(requirements(graph, 'aws.autoscaling.group:Asg#2')).toEqual([
      'aws.ec2.subnet:SubA',
      'zone:us-east-1/us-east-1a',
    ]);
  });

  it('over every zone of the region (GetAZs) uses two unnamed zones and says so once', () => {
    const { graph, diagnostics } = build([
      component('aws.autoscaling.group', 'Asg', { zones: ['us-east-1/*'], attributes: { minSize: 3 } }),
    ]);
    const asg = 'aws.autoscaling.group:Asg';
    expect(requirements(graph, `${asg}#0`)).toEqual(['zone:us-east-1/#0']);
    expect(requirements(graph, `${asg}#1`)).toEqual(['zone:us-east-1/#1']);
    expect(requirements(graph, `${asg}#2`)).toEqual(['zone:us-east-1/#0']);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'unresolved-value',
        level: 'note',
        file: 'template.yaml',
        line: expect.any(Number),
      }),
    ]);
    expect(singleCuts(graph, asg)).toEqual(['provider:aws', 'region:us-east-1']);
  });
});

describe('ECS service', () => {
  it('runs DesiredCount tasks, requires its cluster and, through its task definition, the database', () => {
    const { graph } = build([
      ...subnets,
      component('aws.rds.instance', 'Db', { zones: [A] }),
      component('aws.ecs.cluster', 'Cluster'),
      component('aws.ecs.task-definition', 'Task', { relations: [['ref', 'aws.rds.instance:Db']] }),
      component('aws.ecs.service', 'Api', {
        attributes: { count: 2, launchType: 'FARGATE' },
        relations: [
          ['cluster', 'aws.ecs.cluster:Cluster'],
          ['taskDefinition', 'aws.ecs.task-definition:Task'],
          ...inBoth,
        ],
        dependsOn: ['aws.rds.instance:Db'],
      }),
    ]);
    const service = 'aws.ecs.service:Api';
    expect(requirements(graph, service)).toEqual([`${service}#0`, `${service}#1`]);
    expect(requirements(graph, `${service}#0`)).toEqual([
      'aws.ec2.subnet:SubA',
      'aws.ecs.cluster:Cluster',
      'aws.ecs.task-definition:Task',
      'zone:us-east-1/us-east-1a',
    ]);
    expect(requirements(graph, 'aws.ecs.task-definition:Task')).toEqual([
      'aws.rds.instance:Db',
      'region:us-east-1',
    ]);
    expect(graph.getEdgeAttribute('aws.ecs.task-definition:Task', 'aws.rds.instance:Db', 'reason')).toBe(
      'ref',
    );
    expect(graph.hasEdge(service, 'aws.rds.instance:Db')).toBe(false);
    expect(singleCuts(graph, service)).toContain('aws.rds.instance:Db');
    expect(singleCuts(graph, service)).toContain('zone:us-east-1/us-east-1a');
  });

  it('on EC2 requires the Auto Scaling group that gives its cluster capacity', () => {
    const { graph } = build([
      component('aws.autoscaling.group', 'Hosts', { zones: [A], attributes: { minSize: 1 } }),
      component('aws.ecs.cluster', 'Cluster', {
        relations: [['capacityProvider', 'aws.autoscaling.group:Hosts']],
      }),
      component('aws.ecs.service', 'Api', {
        attributes: { count: 2, launchType: 'EC2' },
        relations: [['cluster', 'aws.ecs.cluster:Cluster']],
      }),
      component('aws.ecs.service', 'Batch', {
        attributes: { count: 2, launchType: 'FARGATE' },
        relations: [['cluster', 'aws.ecs.cluster:Cluster']],
      }),
    ]);
    expect(requirements(graph, 'aws.ecs.service:Api#0')).toEqual([
      'aws.autoscaling.group:Hosts',
      'aws.ecs.cluster:Cluster',
      'region:us-east-1',
    ]);
    expect(graph.getEdgeAttribute('aws.ecs.service:Api#0', 'aws.autoscaling.group:Hosts', 'reason')).toBe(
      'capacity',
    );
    expect(requirements(graph, 'aws.ecs.service:Batch#0')).toEqual([
      'aws.ecs.cluster:Cluster',
      'region:us-east-1',
    ]);
    expect(requirements(graph, 'aws.ecs.cluster:Cluster')).toEqual(['region:us-east-1']);
  });

  it('a daemon service (no count) stands where its capacity does', () => {
    const { graph } = build([
      component('aws.autoscaling.group', 'Hosts', { zones: [A], attributes: { minSize: 2 } }),
      component('aws.ecs.cluster', 'Cluster', {
        relations: [['capacityProvider', 'aws.autoscaling.group:Hosts']],
      }),
      component('aws.ecs.service', 'Agent', { relations: [['cluster', 'aws.ecs.cluster:Cluster']] }),
    ]);
    expect(gateOf(graph, 'aws.ecs.service:Agent')).toBe('all');
    expect(requirements(graph, 'aws.ecs.service:Agent')).toEqual([
      'aws.autoscaling.group:Hosts',
      'aws.ecs.cluster:Cluster',
      'region:us-east-1',
    ]);
    expect(singleCuts(graph, 'aws.ecs.service:Agent')).toContain(`zone:${A}`);
  });

  it('one task is one replica, and a cut', () => {
    const { graph } = build([
      ...subnets,
      component('aws.ecs.service', 'Solo', { attributes: { count: 1 }, relations: inBoth }),
    ]);
    expect(singleCuts(graph, 'aws.ecs.service:Solo')).toContain('aws.ecs.service:Solo#0');
    expect(singleCuts(graph, 'aws.ecs.service:Solo')).toContain('zone:us-east-1/us-east-1a');
  });
});

describe('EKS node group and Lambda', () => {
  it('a node group runs MinSize nodes over its subnets and requires its cluster', () => {
    const { graph } = build([
      ...subnets,
      component('aws.eks.cluster', 'Eks'),
      component('aws.eks.nodegroup', 'Nodes', {
        attributes: { minSize: 2 },
        relations: [['cluster', 'aws.eks.cluster:Eks'], ...inBoth],
      }),
    ]);
    const nodes = 'aws.eks.nodegroup:Nodes';
    expect(requirements(graph, nodes)).toEqual([`${nodes}#0`, `${nodes}#1`]);
    expect(requirements(graph, `${nodes}#1`)).toEqual([
      'aws.ec2.subnet:SubB',
      'aws.eks.cluster:Eks',
      'zone:us-east-1/us-east-1b',
    ]);
    expect(isUpWhenFailed(graph, nodes, ['zone:us-east-1/us-east-1a'])).toBe(true);
  });

  it('Lambda is regional without a VPC and `any` over its subnets zones with one', () => {
    const { graph } = build([
      ...subnets,
      component('aws.sqs.queue', 'Jobs', { attributes: { regionalService: true } }),
      component('aws.lambda.function', 'Plain', {
        attributes: { regionalService: true },
        relations: [['uses', 'aws.sqs.queue:Jobs']],
      }),
      component('aws.lambda.function', 'InVpc', { relations: inBoth }),
    ]);
    expect(requirements(graph, 'aws.lambda.function:Plain')).toEqual([
      'aws.sqs.queue:Jobs',
      'region:us-east-1',
    ]);
    expect(gateOf(graph, 'aws.lambda.function:InVpc')).toBe('any');
    expect(requirements(graph, 'aws.lambda.function:InVpc#0')).toEqual([
      'aws.ec2.subnet:SubA',
      'zone:us-east-1/us-east-1a',
    ]);
  });
});
