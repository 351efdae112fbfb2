import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/index.js';
import type { EntryPoint } from '../../src/analysis/types.js';
import type { EdgeAttributes, Gate, NodeAttributes } from '../../src/model/graph.js';
import type { ComponentKind } from '../../src/model/kinds.js';
import type { FailureClass } from '../../src/model/policy.js';
import { type LoadedRule, loadRules, runRules } from '../../src/rules/index.js';
import { workload } from './support/kubernetes.js';
import { context } from './support/model.js';

/**
 * The shape semantics gives Kubernetes (context of issue 3): entry → Service
 * (`any` over what it selects) → workload (`any` over its replicas) → replica
 * → its node (host), its zone and the cluster; `web` has one replica, `api`
 * three in an unguaranteed shared zone.
 */
function shopGraph() {
  const graph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
  const edge = (from: string, to: string) => graph.addEdge(from, to, { reason: 'requires', locations: [] });
  const domain = (id: string, domainKind: string, label: string) =>
    graph.addNode(id, { kind: 'domain', domainKind, gate: { type: 'all' }, label, locations: [] });
  const component = (id: string, kind: ComponentKind, gate: Gate = { type: 'all' }) =>
    graph.addNode(id, {
      kind: 'component',
      componentId: id,
      componentKind: kind,
      gate,
      label: id.slice(id.indexOf('/') + 1),
      locations: [{ file: 'manifests.yaml', line: 3 }],
    });
  domain('provider:aws', 'provider', 'aws');
  domain('region:deployment-region', 'region', 'the deployment region');
  domain('cluster:cluster', 'cluster', 'cluster cluster');
  edge('cluster:cluster', 'region:deployment-region');
  edge('region:deployment-region', 'provider:aws');
  graph.addNode('entry:web', { kind: 'entry', gate: { type: 'all' }, label: 'web', locations: [] });
  component('k8s.service:default/web', 'k8s.service', { type: 'any' });
  edge('entry:web', 'k8s.service:default/web');
  const deployments: Array<[string, number]> = [
    ['web', 1],
    ['api', 3],
  ];
  for (const [name, replicas] of deployments) {
    const id = `k8s.deployment:default/${name}`;
    component(id, 'k8s.deployment', { type: 'any' });
    const zone = `zone:deployment-region/#unknown-${name}`;
    domain(zone, 'zone', `the unguaranteed zone of ${name}`);
    edge(zone, 'region:deployment-region');
    for (let i = 0; i < replicas; i++) {
      const replica = `${id}#${i}`;
      graph.addNode(replica, {
        kind: 'replica',
        componentId: id,
        componentKind: 'k8s.deployment',
        gate: { type: 'all' },
        label: `${name} #${i}`,
        locations: [],
      });
      const host = `host:cluster/${name}#${i}`;
      domain(host, 'host', `node of ${name} #${i}`);
      edge(id, replica);
      for (const needed of [host, zone, 'cluster:cluster']) edge(replica, needed);
    }
  }
  edge('k8s.service:default/web', 'k8s.deployment:default/web');
  edge('k8s.deployment:default/web#0', 'k8s.deployment:default/api');
  return graph;
}

async function run(ids: string[], survive: FailureClass[]) {
  const { rules } = await loadRules([]);
  const chosen = rules.filter((rule) => ids.includes(rule.id)) as LoadedRule[];
  const graph = shopGraph();
  const entry: EntryPoint = { node: 'entry:web', name: 'web', survive, source: 'inferred' };
  const analysis = analyse(graph, [entry]);
  const components = [
    workload('k8s.service', 'web', {}, [['selects', 'k8s.deployment:default/web']]),
    workload('k8s.deployment', 'web'),
    workload('k8s.deployment', 'api', { count: 3 }),
  ];
  return runRules(chosen, context(components, { graph, analysis }));
}

describe('core cut rules on a Kubernetes graph', () => {
  it('reports the single-replica workload, never the Service, and the shared zone of the replicated one', async () => {
    const { findings, diagnostics } = await run(
      [
        'single-point-of-failure',
        'single-zone-dependency',
        'single-host-dependency',
        'single-cluster-dependency',
      ],
      ['component', 'zone'],
    );
    expect(diagnostics).toEqual([]);
    expect(findings.map((f) => [f.ruleId, f.node.id, f.severity])).toEqual([
      ['single-point-of-failure', 'k8s.deployment:default/web', 'error'],
      ['single-zone-dependency', 'zone:deployment-region/#unknown-api', 'error'],
      ['single-zone-dependency', 'zone:deployment-region/#unknown-web', 'error'],
      ['single-cluster-dependency', 'cluster:cluster', 'note'],
      ['single-host-dependency', 'host:cluster/web#0', 'note'],
    ]);
    const zone = findings.find((f) => f.node.id === 'zone:deployment-region/#unknown-api');
    expect(zone?.message).toBe('Losing the unguaranteed zone of api takes down web.');
    expect(zone?.path).toEqual([
      'entry:web',
      'k8s.service:default/web',
      'k8s.deployment:default/web',
      'k8s.deployment:default/web#0',
      'k8s.deployment:default/api',
      'k8s.deployment:default/api#0',
      'zone:deployment-region/#unknown-api',
    ]);
    expect(findings.find((f) => f.ruleId === 'single-host-dependency')?.message).toBe(
      'Losing node of web #0 takes down web.',
    );
  });

  it('hosts and clusters are errors when the entry must survive them', async () => {
    const { findings } = await run(
      ['single-host-dependency', 'single-cluster-dependency'],
      ['component', 'zone', 'host', 'cluster'],
    );
    expect(findings.map((f) => [f.node.id, f.severity])).toEqual([
      ['cluster:cluster', 'error'],
      ['host:cluster/web#0', 'error'],
    ]);
  });
});
