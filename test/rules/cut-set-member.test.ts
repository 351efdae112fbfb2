import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult, EntryPoint } from '../../src/analysis/types.js';
import type { EdgeAttributes, NodeAttributes } from '../../src/model/graph.js';
import { CHECKS } from '../../src/rules/checks/index.js';
import { addNode, component, context, emptyAnalysis } from './support/model.js';

const check = CHECKS.get('cut-set-member');
if (!check) throw new Error('cut-set-member is not registered');

/** entry:shop → alb → db (component), db#0 replica; alb → zone a; admin entry must survive nothing. */
function fixture() {
  const graph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
  addNode(graph, 'entry:shop', { kind: 'entry', label: 'shop.example.com' });
  addNode(graph, 'entry:admin', { kind: 'entry', label: 'admin.example.com' });
  addNode(graph, 'aws.elb.load-balancer:Alb', {
    kind: 'component',
    label: 'Alb',
    componentId: 'aws.elb.load-balancer:Alb',
    componentKind: 'aws.elb.load-balancer',
  });
  addNode(graph, 'aws.rds.instance:Db', {
    kind: 'component',
    label: 'Db',
    componentId: 'aws.rds.instance:Db',
    componentKind: 'aws.rds.instance',
  });
  addNode(graph, 'aws.rds.instance:Db#0', {
    kind: 'replica',
    label: 'Db #0',
    componentId: 'aws.rds.instance:Db',
    componentKind: 'aws.rds.instance',
  });
  addNode(graph, 'zone:deployment-region/#0', {
    kind: 'domain',
    domainKind: 'zone',
    label: 'zone #0 of the deployment region',
  });
  const shop: EntryPoint = {
    node: 'entry:shop',
    name: 'shop.example.com',
    survive: ['component', 'zone'],
    source: 'declared',
  };
  const admin: EntryPoint = {
    node: 'entry:admin',
    name: 'admin.example.com',
    survive: [],
    source: 'declared',
  };
  const analysis: AnalysisResult = {
    ...emptyAnalysis(),
    entries: [
      {
        entry: shop,
        upWithNoFailure: true,
        cuts: [
          { node: 'aws.elb.load-balancer:Alb', path: ['entry:shop', 'aws.elb.load-balancer:Alb'] },
          {
            node: 'aws.rds.instance:Db#0',
            path: ['entry:shop', 'aws.elb.load-balancer:Alb', 'aws.rds.instance:Db', 'aws.rds.instance:Db#0'],
          },
          {
            node: 'zone:deployment-region/#0',
            path: ['entry:shop', 'aws.elb.load-balancer:Alb', 'zone:deployment-region/#0'],
          },
        ],
      },
      {
        entry: admin,
        upWithNoFailure: true,
        cuts: [
          { node: 'aws.rds.instance:Db', path: ['entry:admin', 'aws.rds.instance:Db'] },
          {
            node: 'zone:deployment-region/#0',
            path: ['entry:admin', 'aws.rds.instance:Db', 'zone:deployment-region/#0'],
          },
        ],
      },
    ],
  };
  const components = [component('aws.elb.load-balancer', 'Alb'), component('aws.rds.instance', 'Db')];
  return context(components, { graph, analysis });
}

describe('cut-set-member', () => {
  it('reports components once, replicas on their component, with every entry and the policy severity', () => {
    const reports = check.run(fixture(), { nodeKinds: ['component', 'replica'] });
    expect(reports.map((r) => [r.node, r.severity, r.entries])).toEqual([
      ['aws.elb.load-balancer:Alb', 'error', ['entry:shop']],
      ['aws.rds.instance:Db', 'error', ['entry:admin', 'entry:shop']],
    ]);
    const db = reports[1];
    expect(db?.data).toMatchObject({
      name: 'Db',
      kind: 'RDS instance',
      entryCount: 2,
      entries: 'admin.example.com, shop.example.com',
    });
    expect(db?.data.path).toBe('admin.example.com → Db');
  });

  it('domain cuts: error when an entry must survive the class, note when none must', () => {
    const reports = check.run(fixture(), { domainKind: 'zone' });
    expect(reports.map((r) => [r.node, r.severity])).toEqual([['zone:deployment-region/#0', 'error']]);
    expect(reports[0]?.data.name).toBe('zone #0 of the deployment region');
    const ctx = fixture();
    for (const result of ctx.analysis.entries) result.entry.survive = ['component'];
    expect(check.run(ctx, { domainKind: 'zone' }).map((r) => r.severity)).toEqual(['note']);
    expect(check.run(ctx, { domainKind: 'region' })).toEqual([]);
  });

  it('needs exactly one of nodeKinds and domainKind', () => {
    expect(check.validate({}).map((i) => i.key)).toEqual(['options.nodeKinds']);
    expect(check.validate({ nodeKinds: ['component'], domainKind: 'zone' }).map((i) => i.key)).toEqual([
      'options.nodeKinds',
    ]);
    expect(check.validate({ nodeKinds: ['domain'] }).map((i) => i.key)).toEqual(['options.nodeKinds[0]']);
  });

  it('skips redundant gates, provider-spread components and ignored kinds', () => {
    const graph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
    const node = (id: string, attributes: Partial<NodeAttributes> & Pick<NodeAttributes, 'kind'>) =>
      addNode(graph, id, { label: id, ...attributes });
    const asComponent = (
      id: string,
      kind: NodeAttributes['componentKind'],
      gate: NodeAttributes['gate'] = { type: 'all' },
    ) => node(id, { kind: 'component', gate, componentId: id, componentKind: kind });
    node('entry:web', { kind: 'entry' });
    node('region:r', { kind: 'domain', domainKind: 'region' });
    node('zone:r/#0', { kind: 'domain', domainKind: 'zone' });
    node('zone:r/#1', { kind: 'domain', domainKind: 'zone' });
    asComponent('aws.elb.load-balancer:Clb', 'aws.elb.load-balancer');
    graph.addEdge('aws.elb.load-balancer:Clb', 'region:r', { reason: 'region', locations: [] });
    asComponent('aws.elb.listener:L', 'aws.elb.listener');
    graph.addEdge('aws.elb.listener:L', 'zone:r/#0', { reason: 'zone', locations: [] });
    asComponent('aws.autoscaling.group:Asg', 'aws.autoscaling.group', { type: 'any' });
    for (const i of [0, 1]) {
      node(`aws.autoscaling.group:Asg#${i}`, {
        kind: 'replica',
        componentId: 'aws.autoscaling.group:Asg',
        componentKind: 'aws.autoscaling.group',
      });
      graph.addEdge('aws.autoscaling.group:Asg', `aws.autoscaling.group:Asg#${i}`, {
        reason: 'replica',
        locations: [],
      });
      graph.addEdge(`aws.autoscaling.group:Asg#${i}`, `zone:r/#${i}`, { reason: 'zone', locations: [] });
    }
    asComponent('aws.rds.instance:Db', 'aws.rds.instance');
    graph.addEdge('aws.rds.instance:Db', 'zone:r/#0', { reason: 'zone', locations: [] });
    const cuts = [
      'aws.elb.load-balancer:Clb',
      'aws.elb.listener:L',
      'aws.autoscaling.group:Asg',
      'aws.rds.instance:Db',
    ];
    const entry: EntryPoint = { node: 'entry:web', name: 'web', survive: ['component'], source: 'inferred' };
    const analysis: AnalysisResult = {
      ...emptyAnalysis(),
      entries: [
        {
          entry,
          upWithNoFailure: true,
          cuts: cuts.sort().map((cut) => ({ node: cut, path: ['entry:web', cut] })),
        },
      ],
    };
    const components = [
      component('aws.elb.load-balancer', 'Clb'),
      component('aws.elb.listener', 'L'),
      component('aws.autoscaling.group', 'Asg'),
      component('aws.rds.instance', 'Db'),
    ];
    const ctx = context(components, { graph, analysis });
    const options = {
      nodeKinds: ['component', 'replica'],
      ignoreKinds: ['aws.elb.listener'],
      ignoreRegionalServices: true,
    };
    expect(check.validate(options)).toEqual([]);
    expect(check.run(ctx, options).map((r) => r.node)).toEqual(['aws.rds.instance:Db']);
    const everything = { nodeKinds: ['component', 'replica'] };
    expect(check.run(ctx, everything).map((r) => r.node)).toEqual([
      'aws.elb.listener:L',
      'aws.elb.load-balancer:Clb',
      'aws.rds.instance:Db',
    ]);
  });
});
