import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from '../../src/model/graph.js';
import { CHECKS } from '../../src/rules/checks/index.js';
import type { RawOptions, RuleContext } from '../../src/rules/types.js';
import { addNode, component, context } from './support/model.js';

function run(name: string, ctx: RuleContext, options: RawOptions = {}) {
  const check = CHECKS.get(name);
  if (!check) throw new Error(`${name} is not registered`);
  expect(check.validate(options)).toEqual([]);
  return check.run(ctx, options);
}

const A = 'deployment-region/#0';
const B = 'deployment-region/#1';
const subnet = (name: string, zone: string) => component('aws.ec2.subnet', name, { zones: [zone] });

describe('shared-domain', () => {
  const options = {
    kinds: ['aws.elb.load-balancer', 'aws.autoscaling.group'],
    domainKind: 'zone',
    memberKinds: ['aws.ec2.subnet'],
  };
  const lb = (name: string, subnets: string[]) =>
    component('aws.elb.load-balancer', name, {
      relations: subnets.map((s) => ['subnet', `aws.ec2.subnet:${s}`]),
    });

  it('fires when every related subnet is in one zone, not when they span two or one is unknown', () => {
    const ctx = context([
      subnet('A1', A),
      subnet('A2', A),
      subnet('B1', B),
      component('aws.ec2.subnet', 'Unknown'),
      lb('OneZone', ['A1', 'A2']),
      lb('TwoZones', ['A1', 'B1']),
      lb('Unsaid', ['A1', 'Unknown']),
    ]);
    const reports = run('shared-domain', ctx, options);
    expect(reports.map((r) => r.node)).toEqual(['aws.elb.load-balancer:OneZone']);
    expect(reports[0]?.data).toEqual({
      domain: 'zone #0 of the deployment region',
      kind: 'load balancer',
      memberCount: 2,
      members: 'subnet',
      name: 'OneZone',
    });
  });

  it("falls back to the group's own zones, where every zone of the region is many zones", () => {
    const ctx = context([
      component('aws.autoscaling.group', 'Pinned', { zones: ['us-east-1/us-east-1a'] }),
      component('aws.autoscaling.group', 'Spread', {
        zones: ['us-east-1/us-east-1a', 'us-east-1/us-east-1b'],
      }),
      component('aws.autoscaling.group', 'Everywhere', { zones: ['deployment-region/*'] }),
    ]);
    expect(run('shared-domain', ctx, options).map((r) => [r.node, r.data.domain])).toEqual([
      ['aws.autoscaling.group:Pinned', 'us-east-1a'],
    ]);
  });

  it('reads replica placement from the graph through subnets when no member is related', () => {
    const graph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
    const asg = 'aws.autoscaling.group:Web';
    addNode(graph, asg, {
      kind: 'component',
      gate: { type: 'any' },
      componentId: asg,
      componentKind: 'aws.autoscaling.group',
    });
    addNode(graph, `${asg}#0`, { kind: 'replica', componentId: asg, componentKind: 'aws.autoscaling.group' });
    addNode(graph, `${asg}#1`, { kind: 'replica', componentId: asg, componentKind: 'aws.autoscaling.group' });
    addNode(graph, 'aws.ec2.subnet:A1', { kind: 'component', componentKind: 'aws.ec2.subnet' });
    addNode(graph, `zone:${A}`, { kind: 'domain', domainKind: 'zone' });
    addNode(graph, 'region:deployment-region', { kind: 'domain', domainKind: 'region' });
    graph.addEdge(asg, `${asg}#0`, { reason: 'replica', locations: [] });
    graph.addEdge(asg, `${asg}#1`, { reason: 'replica', locations: [] });
    graph.addEdge(`${asg}#0`, 'aws.ec2.subnet:A1', { reason: 'subnet', locations: [] });
    graph.addEdge(`${asg}#1`, `zone:${A}`, { reason: 'zone', locations: [] });
    graph.addEdge('aws.ec2.subnet:A1', `zone:${A}`, { reason: 'zone', locations: [] });
    graph.addEdge(`zone:${A}`, 'region:deployment-region', { reason: 'region', locations: [] });
    const ctx = context([component('aws.autoscaling.group', 'Web')], { graph });
    expect(
      run('shared-domain', ctx, options).map((r) => [r.node, r.data.members, r.data.memberCount]),
    ).toEqual([[asg, 'replica', 2]]);
    expect(run('shared-domain', ctx, { ...options, domainKind: 'region' }).map((r) => r.data.domain)).toEqual(
      ['the deployment region'],
    );
  });
});

describe('nat-serves-several-zones', () => {
  /** NAT in public subnet; route 0.0.0.0/0 → NAT in table; tables associated with private subnets. */
  function network(perZone: boolean) {
    const components = [
      subnet('PublicA', A),
      subnet('PublicB', B),
      component('aws.ec2.nat-gateway', 'NatA', { relations: [['subnet', 'aws.ec2.subnet:PublicA']] }),
      component('aws.ec2.route-table', 'PrivateTableA'),
      component('aws.ec2.route', 'PrivateRouteA', {
        relations: [
          ['routeTable', 'aws.ec2.route-table:PrivateTableA'],
          ['natGateway', 'aws.ec2.nat-gateway:NatA'],
        ],
      }),
      component('aws.ec2.subnet', 'PrivateA', {
        zones: [A],
        relations: [['routeTable', 'aws.ec2.route-table:PrivateTableA']],
      }),
    ];
    if (perZone) {
      components.push(
        component('aws.ec2.nat-gateway', 'NatB', { relations: [['subnet', 'aws.ec2.subnet:PublicB']] }),
        component('aws.ec2.route-table', 'PrivateTableB', {
          relations: [['natGateway', 'aws.ec2.nat-gateway:NatB']],
        }),
        component('aws.ec2.subnet', 'PrivateB', {
          zones: [B],
          relations: [['routeTable', 'aws.ec2.route-table:PrivateTableB']],
        }),
      );
    } else {
      components.push(
        component('aws.ec2.subnet', 'PrivateB', {
          zones: [B],
          relations: [['routeTable', 'aws.ec2.route-table:PrivateTableA']],
        }),
      );
    }
    return context(components);
  }

  it('fires on one NAT gateway serving private subnets in two zones', () => {
    const reports = run('nat-serves-several-zones', network(false));
    expect(reports).toEqual([
      {
        node: 'aws.ec2.nat-gateway:NatA',
        data: {
          name: 'NatA',
          subnetCount: 2,
          zone: 'zone #0 of the deployment region',
          zoneCount: 2,
          zones: 'zone #0 of the deployment region, zone #1 of the deployment region',
        },
      },
    ]);
  });

  it('does not fire with a NAT gateway per zone (its own public subnet is not served)', () => {
    expect(run('nat-serves-several-zones', network(true))).toEqual([]);
  });
});

describe('replication-same-region', () => {
  it('fires on a destination in the same region or a replica region equal to its own', () => {
    const ctx = context([
      component('aws.s3.bucket', 'Replica'),
      component('aws.s3.bucket', 'Source', {
        relations: [['replicationDestination', 'aws.s3.bucket:Replica']],
      }),
      component('aws.s3.bucket', 'Logged', { relations: [['logging', 'aws.s3.bucket:Replica']] }),
      component('aws.s3.bucket', 'Far', {
        region: 'us-east-1',
        attributes: { replicaRegions: ['eu-west-1'] },
      }),
      component('aws.s3.bucket', 'Near', {
        region: 'us-east-1',
        attributes: { replicaRegions: ['us-east-1'] },
      }),
      // Another stack's bucket, both deployed "wherever": no claim.
      component('aws.s3.bucket', 'OtherStack', { attributes: { replicaRegions: ['deployment-region'] } }),
    ]);
    expect(
      run('replication-same-region', ctx).map((r) => [r.node, r.data.destination, r.data.region]),
    ).toEqual([
      ['aws.s3.bucket:Near', 'us-east-1', 'us-east-1'],
      ['aws.s3.bucket:Source', 'Replica', 'the deployment region'],
    ]);
  });
});

describe('waf-fail-mode', () => {
  it('fires on an associated ALB without wafFailOpen, not when declared or not associated', () => {
    const ctx = context([
      component('aws.wafv2.web-acl', 'Acl'),
      component('aws.elb.load-balancer', 'Open', { attributes: { loadBalancerType: 'application' } }),
      component('aws.elb.load-balancer', 'Declared', { attributes: { wafFailOpen: false } }),
      component('aws.elb.load-balancer', 'Bare'),
      component('aws.wafv2.association', 'OpenAssoc', {
        relations: [
          ['resource', 'aws.elb.load-balancer:Open'],
          ['webAcl', 'aws.wafv2.web-acl:Acl'],
        ],
      }),
      component('aws.wafv2.association', 'DeclaredAssoc', {
        relations: [
          ['resource', 'aws.elb.load-balancer:Declared'],
          ['webAcl', 'aws.wafv2.web-acl:Acl'],
        ],
      }),
    ]);
    expect(run('waf-fail-mode', ctx)).toEqual([
      { node: 'aws.elb.load-balancer:Open', data: { name: 'Open', webAcl: 'Acl' } },
    ]);
  });
});

describe('database checks', () => {
  const cluster = (name: string) =>
    component('aws.rds.cluster', name, { attributes: { engine: 'aurora-postgresql' } });
  const member = (name: string, of: string, zones: string[] = []) =>
    component('aws.rds.instance', name, { zones, relations: [['cluster', `aws.rds.cluster:${of}`]] });

  it('database-single-instance: a cluster with exactly one declared instance', () => {
    const ctx = context([
      cluster('Lonely'),
      member('LonelyWriter', 'Lonely'),
      cluster('Pair'),
      member('PairWriter', 'Pair'),
      member('PairReader', 'Pair'),
      cluster('Empty'),
      component('aws.rds.cluster', 'MultiAzCluster', { attributes: { engine: 'mysql' } }),
    ]);
    expect(run('database-single-instance', ctx).map((r) => [r.node, r.data.instance])).toEqual([
      ['aws.rds.cluster:Lonely', 'LonelyWriter'],
    ]);
  });

  it('database-single-zone: standalone without Multi-AZ, clusters with every instance in one zone', () => {
    const ctx = context([
      component('aws.rds.instance', 'Single', { zones: ['us-east-1/us-east-1a'] }),
      component('aws.rds.instance', 'Standby', { attributes: { multiAz: true } }),
      cluster('Packed'),
      member('P1', 'Packed', [A]),
      member('P2', 'Packed', [A]),
      cluster('Spread'),
      member('S1', 'Spread', [A]),
      member('S2', 'Spread', [B]),
      cluster('Unsaid'),
      member('U1', 'Unsaid'),
    ]);
    expect(run('database-single-zone', ctx).map((r) => [r.node, r.data.zone, r.data.instances])).toEqual([
      ['aws.rds.cluster:Packed', 'zone #0 of the deployment region', 2],
      ['aws.rds.instance:Single', 'us-east-1a', 1],
    ]);
  });
});

describe('standalone-instance', () => {
  it('fires on instances with no peer behind a target group', () => {
    const ctx = context([
      component('aws.ec2.instance', 'Bastion'),
      component('aws.ec2.instance', 'WebA'),
      component('aws.ec2.instance', 'WebB'),
      component('aws.ec2.instance', 'Solo'),
      component('aws.elb.target-group', 'Web', {
        relations: [
          ['target', 'aws.ec2.instance:WebA'],
          ['target', 'aws.ec2.instance:WebB'],
        ],
      }),
      component('aws.elb.target-group', 'SoloGroup', { relations: [['target', 'aws.ec2.instance:Solo']] }),
      component('aws.ec2.instance', 'LegacyA'),
      component('aws.ec2.instance', 'LegacyB'),
      component('aws.elb.load-balancer', 'Classic', {
        attributes: { loadBalancerType: 'classic' },
        relations: [
          ['target', 'aws.ec2.instance:LegacyA'],
          ['target', 'aws.ec2.instance:LegacyB'],
        ],
      }),
    ]);
    expect(run('standalone-instance', ctx).map((r) => r.node)).toEqual([
      'aws.ec2.instance:Bastion',
      'aws.ec2.instance:Solo',
    ]);
  });
});

describe('capacity-below', () => {
  it('reads minimum size, desired count and static targets, skipping groups fed by a service', () => {
    const ctx = context([
      component('aws.autoscaling.group', 'One', {
        attributes: { minSize: 1, count: 3 },
        relations: [['targetGroup', 'aws.elb.target-group:Fed']],
      }),
      component('aws.autoscaling.group', 'Two', { attributes: { minSize: 2 } }),
      component('aws.eks.nodegroup', 'Nodes', { attributes: { minSize: 1 } }),
      component('aws.ecs.service', 'Daemon'),
      component('aws.ecs.service', 'Single', { attributes: { count: 1 } }),
      component('aws.elb.target-group', 'Fed', { relations: [['target', 'aws.ec2.instance:X']] }),
      component('aws.elb.target-group', 'Static', { relations: [['target', 'aws.ec2.instance:X']] }),
      component('aws.elb.target-group', 'Empty'),
    ]);
    expect(
      run('capacity-below', ctx, { minimum: 2 }).map((r) => [r.node, r.data.measure, r.data.capacity]),
    ).toEqual([
      ['aws.autoscaling.group:One', 'minimum size', 1],
      ['aws.ecs.service:Single', 'desired count', 1],
      ['aws.eks.nodegroup:Nodes', 'minimum size', 1],
      ['aws.elb.target-group:Static', 'registered targets', 1],
    ]);
    expect(run('capacity-below', ctx, { minimum: 3 }).map((r) => r.node)).toContain(
      'aws.autoscaling.group:Two',
    );
  });
});
