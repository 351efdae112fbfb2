import { describe, expect, it } from 'vitest';
import { build, component, gateOf, isUpWhenFailed, requirements, singleCuts } from './support.js';

const subnets = [
  component('aws.ec2.subnet', 'DbSubnetA', { zones: ['us-east-1/us-east-1a'] }),
  component('aws.ec2.subnet', 'DbSubnetB', { zones: ['us-east-1/us-east-1b'] }),
];
const placed: Array<[string, string]> = [
  ['subnet', 'aws.ec2.subnet:DbSubnetA'],
  ['subnet', 'aws.ec2.subnet:DbSubnetB'],
];

describe('RDS instance', () => {
  it('Multi-AZ is `any` over two replicas in the two zones of its subnets', () => {
    const { graph } = build([
      ...subnets,
      component('aws.rds.instance', 'Db', { attributes: { multiAz: true }, relations: placed }),
    ]);
    const db = 'aws.rds.instance:Db';
    expect(gateOf(graph, db)).toBe('any');
    expect(requirements(graph, db)).toEqual([`${db}#0`, `${db}#1`]);
    expect(requirements(graph, `${db}#0`)).toEqual(['aws.ec2.subnet:DbSubnetA', 'zone:us-east-1/us-east-1a']);
    expect(requirements(graph, `${db}#1`)).toEqual(['aws.ec2.subnet:DbSubnetB', 'zone:us-east-1/us-east-1b']);
    expect(graph.getNodeAttributes(`${db}#0`)).toMatchObject({
      kind: 'replica',
      componentId: db,
      gate: { type: 'all' },
    });
    expect(graph.getEdgeAttribute(db, `${db}#0`, 'reason')).toBe('replica');
  });

  it('Multi-AZ without known subnets stands on the region twice: no zone is a cut', () => {
    const { graph } = build([component('aws.rds.instance', 'Db', { attributes: { multiAz: true } })]);
    const db = 'aws.rds.instance:Db';
    expect(requirements(graph, `${db}#0`)).toEqual(['region:us-east-1']);
    expect(requirements(graph, `${db}#1`)).toEqual(['region:us-east-1']);
    expect(singleCuts(graph, db)).toEqual(['provider:aws', 'region:us-east-1']);
  });

  it('single-AZ requires the zone it names', () => {
    const { graph } = build([component('aws.rds.instance', 'Db', { zones: ['us-east-1/us-east-1c'] })]);
    expect(gateOf(graph, 'aws.rds.instance:Db')).toBe('all');
    expect(requirements(graph, 'aws.rds.instance:Db')).toEqual(['zone:us-east-1/us-east-1c']);
  });

  it('single-AZ with a one-zone subnet group requires that zone and subnet', () => {
    const { graph } = build([
      subnets[0] as never,
      component('aws.rds.instance', 'Db', { relations: [['subnet', 'aws.ec2.subnet:DbSubnetA']] }),
    ]);
    expect(requirements(graph, 'aws.rds.instance:Db')).toEqual([
      'aws.ec2.subnet:DbSubnetA',
      'zone:us-east-1/us-east-1a',
    ]);
  });

  it('single-AZ over a two-zone subnet group sits in an unknown single zone, still a cut', () => {
    const { graph } = build([...subnets, component('aws.rds.instance', 'Db', { relations: placed })]);
    const db = 'aws.rds.instance:Db';
    expect(requirements(graph, db)).toEqual(['zone:us-east-1/#unknown-Db']);
    expect(graph.getNodeAttribute('zone:us-east-1/#unknown-Db', 'label')).toBe('the single zone of Db');
    expect(singleCuts(graph, db)).toEqual(['provider:aws', 'region:us-east-1', 'zone:us-east-1/#unknown-Db']);
  });

  it('a zone failure takes the single-AZ entry down but not the Multi-AZ one', () => {
    const { graph, entries } = build(
      [
        ...subnets,
        component('aws.rds.instance', 'Single', {
          zones: ['us-east-1/us-east-1a'],
          relations: [placed[0] as [string, string]],
        }),
        component('aws.rds.instance', 'Multi', { attributes: { multiAz: true }, relations: placed }),
      ],
      {
        entries: [
          { name: 'single', target: 'Single' },
          { name: 'multi', target: 'aws.rds.instance:Multi' },
        ],
      },
    );
    expect(entries.map((entry) => entry.node)).toEqual(['entry:multi', 'entry:single']);
    expect(isUpWhenFailed(graph, 'entry:single', ['zone:us-east-1/us-east-1a'])).toBe(false);
    expect(isUpWhenFailed(graph, 'entry:multi', ['zone:us-east-1/us-east-1a'])).toBe(true);
    expect(isUpWhenFailed(graph, 'entry:multi', ['aws.rds.instance:Multi#0'])).toBe(true);
    expect(singleCuts(graph, 'entry:multi')).toEqual([
      'aws.rds.instance:Multi',
      'provider:aws',
      'region:us-east-1',
    ]);
  });
});

describe('database clusters', () => {
  it('Aurora is `any` over its member instances, each in its zone', () => {
    const { graph } = build([
      component('aws.rds.cluster', 'Aurora', { attributes: { engine: 'aurora-mysql' } }),
      component('aws.rds.instance', 'Writer', {
        zones: ['us-east-1/us-east-1a'],
        relations: [['cluster', 'aws.rds.cluster:Aurora']],
      }),
      component('aws.rds.instance', 'Reader', {
        zones: ['us-east-1/us-east-1b'],
        relations: [['cluster', 'aws.rds.cluster:Aurora']],
      }),
    ]);
    const cluster = 'aws.rds.cluster:Aurora';
    expect(gateOf(graph, cluster)).toBe('any');
    expect(requirements(graph, cluster)).toEqual(['aws.rds.instance:Reader', 'aws.rds.instance:Writer']);
    expect(requirements(graph, 'aws.rds.instance:Writer')).toEqual(['zone:us-east-1/us-east-1a']);
    expect(graph.hasEdge('aws.rds.instance:Writer', cluster)).toBe(false);
    expect(singleCuts(graph, cluster)).toEqual(['provider:aws', 'region:us-east-1']);
  });

  it('a DocumentDB cluster with one instance has that instance as a cut', () => {
    const { graph } = build([
      component('aws.rds.cluster', 'Docs', { attributes: { engine: 'docdb' } }),
      component('aws.rds.instance', 'Only', { relations: [['cluster', 'aws.rds.cluster:Docs']] }),
    ]);
    expect(singleCuts(graph, 'aws.rds.cluster:Docs')).toEqual([
      'aws.rds.instance:Only',
      'provider:aws',
      'region:us-east-1',
      'zone:us-east-1/#unknown-Only',
    ]);
  });

  it('members without a zone do not share one', () => {
    const { graph } = build([
      component('aws.rds.cluster', 'Neptune', { attributes: { engine: 'neptune' } }),
      component('aws.rds.instance', 'N1', { relations: [['cluster', 'aws.rds.cluster:Neptune']] }),
      component('aws.rds.instance', 'N2', { relations: [['cluster', 'aws.rds.cluster:Neptune']] }),
    ]);
    expect(singleCuts(graph, 'aws.rds.cluster:Neptune')).toEqual(['provider:aws', 'region:us-east-1']);
  });
});
