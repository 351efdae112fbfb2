import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Component } from '../../src/model/component.js';
import { defaultPolicy } from '../../src/model/policy.js';
import { buildGraph } from '../../src/semantics/index.js';
import { component } from './support.js';

const A = 'us-east-1/us-east-1a';
const B = 'us-east-1/us-east-1b';

function architecture(): Component[] {
  return [
    component('aws.ec2.subnet', 'SubA', { zones: [A] }),
    component('aws.ec2.subnet', 'SubB', { zones: [B] }),
    component('aws.elb.load-balancer', 'Alb', {
      relations: [
        ['subnet', 'aws.ec2.subnet:SubA'],
        ['subnet', 'aws.ec2.subnet:SubB'],
        ['subnet', 'aws.ec2.subnet:SubA'],
      ],
    }),
    component('aws.elb.listener', 'L', {
      relations: [
        ['loadBalancer', 'aws.elb.load-balancer:Alb'],
        ['targetGroup', 'aws.elb.target-group:Tg'],
        ['targetGroup', 'aws.elb.target-group:Tg'],
      ],
    }),
    component('aws.elb.target-group', 'Tg'),
    component('aws.autoscaling.group', 'Asg', {
      attributes: { minSize: 2 },
      relations: [
        ['subnet', 'aws.ec2.subnet:SubA'],
        ['subnet', 'aws.ec2.subnet:SubB'],
        ['targetGroup', 'aws.elb.target-group:Tg'],
      ],
    }),
    component('aws.rds.instance', 'Db', { attributes: { multiAz: true } }),
  ];
}

function snapshot(components: Component[]) {
  const { graph, entries } = buildGraph({ components }, defaultPolicy());
  return {
    nodes: graph.nodes(),
    edges: graph.mapEdges((_, attributes, source, target) => `${source} -> ${target} (${attributes.reason})`),
    entries,
  };
}

describe('determinism', () => {
  it('gives the same graph, in the same order, whatever order the components come in', () => {
    const expected = snapshot(architecture());
    expect(expected.nodes).toEqual([...expected.nodes].sort());
    fc.assert(
      fc.property(fc.shuffledSubarray(architecture(), { minLength: 7, maxLength: 7 }), (shuffled) => {
        expect(snapshot(shuffled)).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it('writes a relation stated twice as one edge with both locations', () => {
    const { graph } = buildGraph({ components: architecture() }, defaultPolicy());
    expect(graph.edges('aws.elb.listener:L', 'aws.elb.target-group:Tg')).toHaveLength(1);
    expect(graph.outNeighbors('aws.elb.load-balancer:Alb#0')).toEqual([
      'aws.ec2.subnet:SubA',
      'aws.elb.listener:L',
      'zone:us-east-1/us-east-1a',
    ]);
  });
});
