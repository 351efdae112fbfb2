import { describe, expect, it } from 'vitest';
import type { Component } from '../../src/model/component.js';
import { build, component, gateOf, isUpWhenFailed, requirements, singleCuts } from './support.js';

const A = 'us-east-1/us-east-1a';
const B = 'us-east-1/us-east-1b';

/** Two public and two private subnets over two zones, one NAT gateway in zone a. */
function singleNatLayout(): Component[] {
  return [
    component('aws.ec2.vpc', 'Vpc'),
    component('aws.ec2.internet-gateway', 'Igw', { relations: [['vpc', 'aws.ec2.vpc:Vpc']] }),
    component('aws.ec2.route-table', 'PublicRoutes', { relations: [['vpc', 'aws.ec2.vpc:Vpc']] }),
    component('aws.ec2.route', 'PublicDefault', {
      relations: [
        ['routeTable', 'aws.ec2.route-table:PublicRoutes'],
        ['gateway', 'aws.ec2.internet-gateway:Igw'],
      ],
    }),
    component('aws.ec2.route-table', 'PrivateRoutes', { relations: [['vpc', 'aws.ec2.vpc:Vpc']] }),
    component('aws.ec2.route', 'PrivateDefault', {
      relations: [
        ['routeTable', 'aws.ec2.route-table:PrivateRoutes'],
        ['natGateway', 'aws.ec2.nat-gateway:Nat'],
      ],
    }),
    component('aws.ec2.subnet', 'PublicA', {
      zones: [A],
      attributes: { public: true },
      relations: [
        ['vpc', 'aws.ec2.vpc:Vpc'],
        ['routeTable', 'aws.ec2.route-table:PublicRoutes'],
      ],
    }),
    component('aws.ec2.subnet', 'PrivateA', {
      zones: [A],
      relations: [
        ['vpc', 'aws.ec2.vpc:Vpc'],
        ['routeTable', 'aws.ec2.route-table:PrivateRoutes'],
      ],
    }),
    component('aws.ec2.subnet', 'PrivateB', {
      zones: [B],
      relations: [
        ['vpc', 'aws.ec2.vpc:Vpc'],
        ['routeTable', 'aws.ec2.route-table:PrivateRoutes'],
      ],
    }),
    component('aws.ec2.eip', 'NatIp'),
    component('aws.ec2.nat-gateway', 'Nat', {
      relations: [
        ['subnet', 'aws.ec2.subnet:PublicA'],
        ['allocation', 'aws.ec2.eip:NatIp'],
      ],
    }),
  ];
}

describe('VPC networking', () => {
  it('a private subnet requires its route table, whose default route requires the NAT gateway', () => {
    const { graph } = build(singleNatLayout());
    expect(requirements(graph, 'aws.ec2.subnet:PrivateB')).toEqual([
      'aws.ec2.route-table:PrivateRoutes',
      'zone:us-east-1/us-east-1b',
    ]);
    expect(requirements(graph, 'aws.ec2.route-table:PrivateRoutes')).toEqual([
      'aws.ec2.route:PrivateDefault',
      'region:us-east-1',
    ]);
    expect(requirements(graph, 'aws.ec2.route:PrivateDefault')).toEqual([
      'aws.ec2.nat-gateway:Nat',
      'region:us-east-1',
    ]);
    expect(
      graph.getEdgeAttribute('aws.ec2.route-table:PrivateRoutes', 'aws.ec2.route:PrivateDefault', 'reason'),
    ).toBe('route');
  });

  it('a NAT gateway requires its subnet, its zone and the internet gateway', () => {
    const { graph } = build(singleNatLayout());
    expect(requirements(graph, 'aws.ec2.nat-gateway:Nat')).toEqual([
      'aws.ec2.eip:NatIp',
      'aws.ec2.internet-gateway:Igw',
      'aws.ec2.subnet:PublicA',
      'zone:us-east-1/us-east-1a',
    ]);
    expect(requirements(graph, 'aws.ec2.internet-gateway:Igw')).toEqual(['region:us-east-1']);
  });

  it('never makes the VPC a requirement', () => {
    const { graph } = build(singleNatLayout());
    expect(graph.inNeighbors('aws.ec2.vpc:Vpc')).toEqual([]);
  });

  it('makes one NAT gateway and its zone cuts of an ECS service spread over both zones', () => {
    const { graph } = build([
      ...singleNatLayout(),
      component('aws.ecs.cluster', 'Cluster'),
      component('aws.ecs.service', 'Api', {
        attributes: { count: 2, launchType: 'FARGATE' },
        relations: [
          ['cluster', 'aws.ecs.cluster:Cluster'],
          ['subnet', 'aws.ec2.subnet:PrivateA'],
          ['subnet', 'aws.ec2.subnet:PrivateB'],
        ],
      }),
    ]);
    const service = 'aws.ecs.service:Api';
    expect(requirements(graph, `${service}#1`)).toEqual([
      'aws.ec2.subnet:PrivateB',
      'aws.ecs.cluster:Cluster',
      'zone:us-east-1/us-east-1b',
    ]);
    const cuts = singleCuts(graph, service);
    expect(cuts).toContain('aws.ec2.nat-gateway:Nat');
    expect(cuts).toContain('zone:us-east-1/us-east-1a');
    expect(cuts).not.toContain('zone:us-east-1/us-east-1b');
    expect(isUpWhenFailed(graph, `${service}#1`, ['aws.ec2.nat-gateway:Nat'])).toBe(false);
    expect(isUpWhenFailed(graph, `${service}#0`, ['aws.ec2.nat-gateway:Nat'])).toBe(false);
  });

  it('gives each zone its own NAT when each private subnet routes to its own', () => {
    const components = singleNatLayout().filter((c) => c.name !== 'PrivateB' && c.name !== 'PrivateA');
    const { graph } = build([
      ...components,
      component('aws.ec2.subnet', 'PublicB', {
        zones: [B],
        relations: [['routeTable', 'aws.ec2.route-table:PublicRoutes']],
      }),
      component('aws.ec2.nat-gateway', 'NatB', { relations: [['subnet', 'aws.ec2.subnet:PublicB']] }),
      component('aws.ec2.route-table', 'PrivateRoutesB'),
      component('aws.ec2.route', 'PrivateDefaultB', {
        relations: [
          ['routeTable', 'aws.ec2.route-table:PrivateRoutesB'],
          ['natGateway', 'aws.ec2.nat-gateway:NatB'],
        ],
      }),
      component('aws.ec2.subnet', 'PrivateA', {
        zones: [A],
        relations: [['routeTable', 'aws.ec2.route-table:PrivateRoutes']],
      }),
      component('aws.ec2.subnet', 'PrivateB', {
        zones: [B],
        relations: [['routeTable', 'aws.ec2.route-table:PrivateRoutesB']],
      }),
      component('aws.autoscaling.group', 'Workers', {
        attributes: { minSize: 2 },
        relations: [
          ['subnet', 'aws.ec2.subnet:PrivateA'],
          ['subnet', 'aws.ec2.subnet:PrivateB'],
        ],
      }),
    ]);
    const cuts = singleCuts(graph, 'aws.autoscaling.group:Workers');
    expect(cuts).not.toContain('aws.ec2.nat-gateway:Nat');
    expect(cuts).not.toContain('aws.ec2.nat-gateway:NatB');
    expect(cuts).toContain('aws.ec2.internet-gateway:Igw');
    expect(cuts).toContain('aws.ec2.route-table:PublicRoutes');
  });

  it('reads route-table associations and routes written from either side', () => {
    const { graph } = build([
      component('aws.ec2.internet-gateway', 'Igw'),
      component('aws.ec2.route-table', 'Routes', {
        relations: [
          ['subnet', 'aws.ec2.subnet:Public'],
          ['route', 'aws.ec2.route:Default'],
        ],
      }),
      component('aws.ec2.route', 'Default', { relations: [['gateway', 'aws.ec2.internet-gateway:Igw']] }),
      component('aws.ec2.subnet', 'Public', { zones: [A] }),
    ]);
    expect(requirements(graph, 'aws.ec2.subnet:Public')).toEqual([
      'aws.ec2.route-table:Routes',
      'zone:us-east-1/us-east-1a',
    ]);
    expect(requirements(graph, 'aws.ec2.route-table:Routes')).toEqual([
      'aws.ec2.route:Default',
      'region:us-east-1',
    ]);
    expect(graph.hasEdge('aws.ec2.route-table:Routes', 'aws.ec2.subnet:Public')).toBe(false);
  });

  it('does not require the target of a narrower-than-default route', () => {
    const { graph } = build([
      component('aws.ec2.nat-gateway', 'Nat', { zones: [A] }),
      component('aws.ec2.route-table', 'Routes'),
      component('aws.ec2.route', 'ToPartner', {
        relations: [
          ['routeTable', 'aws.ec2.route-table:Routes'],
          ['routeTarget', 'aws.ec2.nat-gateway:Nat'],
        ],
      }),
    ]);
    expect(requirements(graph, 'aws.ec2.route:ToPartner')).toEqual(['region:us-east-1']);
  });

  it('a public subnet whose routes are not in the input requires the VPC internet gateway', () => {
    const { graph } = build([
      component('aws.ec2.vpc', 'Vpc', { relations: [['internetGateway', 'aws.ec2.internet-gateway:Igw']] }),
      component('aws.ec2.internet-gateway', 'Igw'),
      component('aws.ec2.subnet', 'Public', {
        zones: [A],
        attributes: { public: true },
        relations: [['vpc', 'aws.ec2.vpc:Vpc']],
      }),
    ]);
    expect(requirements(graph, 'aws.ec2.subnet:Public')).toEqual([
      'aws.ec2.internet-gateway:Igw',
      'zone:us-east-1/us-east-1a',
    ]);
    expect(requirements(graph, 'aws.ec2.vpc:Vpc')).toEqual(['region:us-east-1']);
  });

  it('an EC2 instance is one node on its subnet and zone', () => {
    const { graph } = build([
      component('aws.ec2.subnet', 'Sub', { zones: [A] }),
      component('aws.ec2.instance', 'Box', { relations: [['subnet', 'aws.ec2.subnet:Sub']] }),
    ]);
    expect(gateOf(graph, 'aws.ec2.instance:Box')).toBe('all');
    expect(requirements(graph, 'aws.ec2.instance:Box')).toEqual([
      'aws.ec2.subnet:Sub',
      'zone:us-east-1/us-east-1a',
    ]);
    expect(graph.hasNode('aws.ec2.instance:Box#0')).toBe(false);
  });
});
