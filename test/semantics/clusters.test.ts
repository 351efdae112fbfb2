import { describe, expect, it } from 'vitest';
import { build, component, gateOf, requirements, singleCuts } from './support.js';
import { A, B, inBoth, subnets } from './two-zones.js';

describe('ElastiCache', () => {
  it('a replication group with automatic failover and two nodes is `any` over nodes in its zones', () => {
    const { graph } = build([
      ...subnets,
      component('aws.elasticache.replication-group', 'Redis', {
        attributes: { automaticFailover: true, count: 2, multiAz: true, engine: 'redis' },
        relations: inBoth,
      }),
    ]);
    const redis = 'aws.elasticache.replication-group:Redis';
    expect(gateOf(graph, redis)).toBe('any');
    expect(requirements(graph, `${redis}#0`)).toEqual(['aws.ec2.subnet:SubA', `zone:${A}`]);
    expect(requirements(graph, `${redis}#1`)).toEqual(['aws.ec2.subnet:SubB', `zone:${B}`]);
    expect(singleCuts(graph, redis)).toEqual(['provider:aws', 'region:us-east-1']);
  });

  it('places nodes in the zones the group prefers before the zones its subnets offer', () => {
    const { graph } = build([
      ...subnets,
      component('aws.ec2.subnet', 'SubC', { zones: ['us-east-1/us-east-1c'] }),
      component('aws.elasticache.replication-group', 'Redis', {
        zones: [B, 'us-east-1/us-east-1c'],
        attributes: { automaticFailover: true, count: 2, multiAz: true },
        relations: [...inBoth, ['subnet', 'aws.ec2.subnet:SubC']],
      }),
    ]);
    const redis = 'aws.elasticache.replication-group:Redis';
    expect(requirements(graph, `${redis}#0`)).toEqual(['aws.ec2.subnet:SubB', `zone:${B}`]);
    expect(requirements(graph, `${redis}#1`)).toEqual(['aws.ec2.subnet:SubC', 'zone:us-east-1/us-east-1c']);
  });

  it('without automatic failover the primary is one node in one zone', () => {
    const { graph } = build([
      component('aws.elasticache.replication-group', 'Redis', {
        zones: [A, B],
        attributes: { automaticFailover: false, count: 2 },
      }),
    ]);
    const redis = 'aws.elasticache.replication-group:Redis';
    expect(gateOf(graph, redis)).toBe('all');
    expect(requirements(graph, redis)).toEqual([`zone:${A}`]);
  });

  it('a memcached cluster needs every node: each holds a slice of the keys', () => {
    const { graph } = build([
      component('aws.elasticache.cluster', 'Memcached', {
        zones: [A, B],
        attributes: { engine: 'memcached', count: 2 },
      }),
    ]);
    const cache = 'aws.elasticache.cluster:Memcached';
    expect(gateOf(graph, cache)).toBe('all');
    expect(requirements(graph, cache)).toEqual([`${cache}#0`, `${cache}#1`]);
    expect(singleCuts(graph, cache)).toContain(`zone:${B}`);
    expect(singleCuts(graph, cache)).toContain(`${cache}#1`);
  });

  it('a single-node redis cache cluster is a cut with its zone', () => {
    const { graph } = build([
      component('aws.elasticache.cluster', 'Solo', { zones: [A], attributes: { engine: 'redis', count: 1 } }),
    ]);
    expect(requirements(graph, 'aws.elasticache.cluster:Solo')).toEqual([`zone:${A}`]);
  });
});

describe('OpenSearch and MSK', () => {
  it('OpenSearch with zone awareness and two nodes is `any` over nodes in two zones', () => {
    const { graph } = build([
      ...subnets,
      component('aws.opensearch.domain', 'Search', {
        attributes: { multiAz: true, count: 2 },
        relations: inBoth,
      }),
    ]);
    expect(gateOf(graph, 'aws.opensearch.domain:Search')).toBe('any');
    expect(singleCuts(graph, 'aws.opensearch.domain:Search')).toEqual(['provider:aws', 'region:us-east-1']);
  });

  it('OpenSearch with one node is one node in one zone', () => {
    const { graph } = build([
      component('aws.opensearch.domain', 'Search', { zones: [A], attributes: { count: 1 } }),
    ]);
    expect(requirements(graph, 'aws.opensearch.domain:Search')).toEqual([`zone:${A}`]);
  });

  it('MSK spreads brokers over its client subnets zones', () => {
    const { graph } = build([
      ...subnets,
      component('aws.msk.cluster', 'Kafka', { attributes: { count: 4 }, relations: inBoth }),
    ]);
    const kafka = 'aws.msk.cluster:Kafka';
    expect(requirements(graph, kafka)).toEqual([`${kafka}#0`, `${kafka}#1`, `${kafka}#2`, `${kafka}#3`]);
    expect(requirements(graph, `${kafka}#3`)).toEqual(['aws.ec2.subnet:SubB', `zone:${B}`]);
    expect(singleCuts(graph, kafka)).toEqual(['provider:aws', 'region:us-east-1']);
  });
});
