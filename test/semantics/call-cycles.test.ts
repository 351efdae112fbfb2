import { describe, expect, it } from 'vitest';
import type { Component } from '../../src/model/component.js';
import type { SpofGraph } from '../../src/model/graph.js';
import { cyclicGroups } from '../../src/semantics/strongly-connected.js';
import { app, compose, k8s, kube } from './cluster-support.js';
import { build, gateOf, isUpWhenFailed, requirements, singleCuts, upNodes } from './support.js';

const deployment = (name: string) => k8s('deployment', name);
const pod = (name: string, i = 0) => `${deployment(name)}#${i}`;

/** A Deployment `name` and its Service, calling the Services named in `calls`. */
function caller(name: string, calls: string[], attributes = {}, serviceType?: 'LoadBalancer'): Component[] {
  return app(
    name,
    { attributes, relations: calls.map((callee): [string, string] => ['calls', k8s('service', callee)]) },
    serviceType ? { serviceType } : {},
  );
}

/** A node on a directed cycle, or undefined: an iterative three-colour depth-first search. */
function nodeOnCycle(graph: SpofGraph): string | undefined {
  const state = new Map<string, 'open' | 'done'>();
  for (const root of graph.nodes()) {
    if (state.has(root)) continue;
    const path: Array<{ node: string; next: string[] }> = [{ node: root, next: graph.outNeighbors(root) }];
    state.set(root, 'open');
    while (path.length > 0) {
      const top = path[path.length - 1] as { node: string; next: string[] };
      const next = top.next.pop();
      if (next === undefined) {
        state.set(top.node, 'done');
        path.pop();
      } else if (state.get(next) === 'open') return next;
      else if (!state.has(next)) {
        state.set(next, 'open');
        path.push({ node: next, next: graph.outNeighbors(next) });
      }
    }
  }
  return undefined;
}

describe('workloads that call each other', () => {
  const pair = () => [
    ...caller('frontend', ['backend'], {}, 'LoadBalancer'),
    ...caller('backend', ['frontend']),
  ];
  const CYCLE = `cycle:${deployment('backend')}`;

  it('are up with nothing failed, and either one’s only pod takes the entry down', () => {
    const { graph, entries } = build(pair());
    expect(entries.map((entry) => entry.node)).toEqual(['entry:frontend']);
    expect(upNodes(graph).has('entry:frontend')).toBe(true);
    expect(isUpWhenFailed(graph, 'entry:frontend', [pod('frontend')])).toBe(false);
    expect(isUpWhenFailed(graph, 'entry:frontend', [pod('backend')])).toBe(false);
    expect(isUpWhenFailed(graph, 'entry:frontend', ['host:cluster/backend#0'])).toBe(false);
    expect(singleCuts(graph, 'entry:frontend')).toContain(pod('backend'));
  });

  it('stand or fall together: each needs its pods and the cycle, which needs every member’s pods', () => {
    const { graph } = build(pair());
    expect(gateOf(graph, deployment('frontend'))).toBe('all');
    expect(requirements(graph, deployment('frontend'))).toEqual([CYCLE, `${deployment('frontend')}#pods`]);
    expect(requirements(graph, CYCLE)).toEqual([
      `${deployment('backend')}#pods`,
      `${deployment('frontend')}#pods`,
    ]);
    expect(graph.getNodeAttributes(CYCLE)).toMatchObject({
      kind: 'domain',
      domainKind: 'call-cycle',
      gate: { type: 'all' },
      label: 'backend and frontend, which call each other',
    });
    expect(graph.getNodeAttributes(`${deployment('frontend')}#pods`)).toMatchObject({
      kind: 'component',
      gate: { type: 'any' },
      label: 'pods of frontend',
      componentId: deployment('frontend'),
    });
    // The pods keep the cluster, node and zone; the call into the cycle is what goes.
    expect(requirements(graph, pod('frontend'))).toEqual([
      'cluster:cluster',
      'host:cluster/frontend#0',
      'zone:deployment-region/#unknown-frontend',
    ]);
    // Services still select the workloads.
    expect(requirements(graph, k8s('service', 'backend'))).toEqual([deployment('backend')]);
    expect(nodeOnCycle(graph)).toBeUndefined();
  });

  it('say so in one note naming the members, at the call inside the cycle written first', () => {
    const components = pair();
    const { diagnostics } = build(components);
    // frontend's manifest comes first in the file, so its call to backend is the first written.
    const firstCall = components.find((c) => c.id === deployment('frontend'))?.relations[0]?.location;
    expect(diagnostics).toEqual([
      {
        code: 'call-cycle',
        level: 'note',
        message: "backend and frontend call each other: each is counted as needing the other's pods",
        file: firstCall?.file,
        line: firstCall?.line,
      },
    ]);
  });

  it('keep their redundancy: spread pods on both sides leave no pod, node or zone a cut', () => {
    const spread = { count: 3, zoneSpread: 'required' };
    const { graph } = build([
      ...caller('frontend', ['backend'], spread, 'LoadBalancer'),
      ...caller('backend', ['frontend'], spread),
    ]);
    expect(requirements(graph, `${deployment('backend')}#pods`)).toEqual(
      [0, 1, 2].map((i) => pod('backend', i)),
    );
    const cuts = singleCuts(graph, 'entry:frontend');
    expect(cuts.filter((node) => /#\d$|^host:|^zone:/.test(node))).toEqual([]);
    expect(isUpWhenFailed(graph, 'entry:frontend', [pod('backend', 0), pod('frontend', 1)])).toBe(true);
  });

  it('three in a ring: any member’s loss takes all down; a caller outside keeps its call', () => {
    const { graph, diagnostics } = build([
      ...caller('a', ['b'], {}, 'LoadBalancer'),
      ...caller('b', ['c']),
      ...caller('c', ['a']),
      ...caller('d', ['a'], {}, 'LoadBalancer'),
    ]);
    const cycle = `cycle:${deployment('a')}`;
    expect(graph.getNodeAttribute(cycle, 'label')).toBe('a, b and c, which call each other');
    expect(requirements(graph, cycle)).toEqual(['a', 'b', 'c'].map((name) => `${deployment(name)}#pods`));
    expect(diagnostics.map((d) => d.message)).toEqual([
      "a, b and c call each other: each is counted as needing the others' pods",
    ]);
    expect(upNodes(graph).has('entry:a')).toBe(true);
    for (const name of ['a', 'b', 'c']) {
      const down = upNodes(graph, new Set([pod(name)]));
      expect([...['a', 'b', 'c', 'd'].map(deployment)].filter((node) => down.has(node))).toEqual([]);
    }
    expect(graph.hasNode(`${deployment('d')}#pods`)).toBe(false);
    expect(requirements(graph, pod('d'))).toContain(k8s('service', 'a'));
    expect(nodeOnCycle(graph)).toBeUndefined();
  });

  it('still need what they call outside the cycle: its loss takes every member down', () => {
    const { graph } = build([
      ...caller('frontend', ['backend'], {}, 'LoadBalancer'),
      ...caller('backend', ['frontend', 'db']),
      ...caller('db', []),
    ]);
    expect(requirements(graph, pod('backend'))).toContain(k8s('service', 'db'));
    expect(requirements(graph, pod('backend'))).not.toContain(k8s('service', 'frontend'));
    const down = upNodes(graph, new Set([pod('db')]));
    expect(down.has(deployment('frontend'))).toBe(false);
    expect(down.has(deployment('backend'))).toBe(false);
    expect(down.has('entry:frontend')).toBe(false);
    expect(singleCuts(graph, 'entry:frontend')).toEqual(
      expect.arrayContaining([pod('db'), deployment('db')]),
    );
  });

  it('leave out a call to a Service that selects a member and an outside workload: the member is needed', () => {
    const shared = k8s('service', 'shared');
    const { graph } = build([
      ...caller('a', ['shared'], {}, 'LoadBalancer'),
      ...caller('b', ['a']),
      ...caller('c', []),
      kube('k8s.service', 'shared', {
        relations: [
          ['selects', deployment('b')],
          ['selects', deployment('c')],
        ],
      }),
    ]);
    expect(requirements(graph, shared)).toEqual([deployment('b'), deployment('c')]);
    expect(requirements(graph, pod('a'))).not.toContain(shared);
    expect(graph.hasNode(`cycle:${deployment('a')}`)).toBe(true);
    expect(isUpWhenFailed(graph, 'entry:a', [pod('c')])).toBe(true);
    expect(isUpWhenFailed(graph, 'entry:a', [pod('b')])).toBe(false);
    expect(nodeOnCycle(graph)).toBeUndefined();
  });

  it('separate cycles get separate nodes; a workload calling its own Service is no cycle', () => {
    const { graph, diagnostics } = build([
      ...caller('a', ['b'], {}, 'LoadBalancer'),
      ...caller('b', ['a']),
      ...caller('x', ['y'], {}, 'LoadBalancer'),
      ...caller('y', ['x']),
      ...caller('self', ['self'], {}, 'LoadBalancer'),
    ]);
    expect(graph.filterNodes((node) => node.startsWith('cycle:'))).toEqual([
      `cycle:${deployment('a')}`,
      `cycle:${deployment('x')}`,
    ]);
    expect(diagnostics).toHaveLength(2);
    expect(gateOf(graph, deployment('self'))).toBe('any');
    expect(requirements(graph, deployment('self'))).toEqual([pod('self')]);
    for (const entry of ['entry:a', 'entry:x', 'entry:self']) expect(upNodes(graph).has(entry)).toBe(true);
    expect(nodeOnCycle(graph)).toBeUndefined();
  });
});

describe('compose services that call each other', () => {
  const PROJECT = 'shop';
  const id = (name: string) => `compose.service:${PROJECT}/${name}`;
  const stack = () => [
    compose('compose.service', PROJECT, 'web', {
      attributes: { serviceType: 'LoadBalancer', count: 2 },
      relations: [['dependsOn', id('api')]],
    }),
    compose('compose.service', PROJECT, 'api', {
      relations: [
        ['calls', id('web')],
        ['dependsOn', id('db')],
      ],
    }),
    compose('compose.service', PROJECT, 'db'),
  ];

  it('stand or fall together, and still need the database and the host', () => {
    const { graph, entries, diagnostics } = build(stack());
    expect(entries.map((entry) => entry.node)).toEqual([`entry:${PROJECT}/web`]);
    expect(upNodes(graph).has(`entry:${PROJECT}/web`)).toBe(true);
    expect(gateOf(graph, id('web'))).toBe('all');
    expect(requirements(graph, `${id('web')}#pods`)).toEqual([`${id('web')}#0`, `${id('web')}#1`]);
    expect(graph.getNodeAttribute(`${id('web')}#pods`, 'label')).toBe('containers of web');
    expect(requirements(graph, `${id('api')}#0`)).toEqual([id('db'), `host:compose/${PROJECT}`]);
    expect(isUpWhenFailed(graph, `entry:${PROJECT}/web`, [`${id('api')}#0`])).toBe(false);
    expect(isUpWhenFailed(graph, `entry:${PROJECT}/web`, [`${id('web')}#0`])).toBe(true);
    expect(singleCuts(graph, `entry:${PROJECT}/web`)).toEqual(
      expect.arrayContaining([id('db'), `host:compose/${PROJECT}`, `${id('api')}#0`]),
    );
    expect(diagnostics.map((d) => [d.code, d.level, d.message])).toEqual([
      [
        'call-cycle',
        'note',
        "api and web call each other: each is counted as needing the other's containers",
      ],
    ]);
    expect(nodeOnCycle(graph)).toBeUndefined();
  });
});

describe('cyclicGroups', () => {
  it('finds the groups of two or more, sorted, without recursion on 10^5 vertices', () => {
    expect(cyclicGroups([[1], [0], [3], [2, 4], [4], []])).toEqual([
      [0, 1],
      [2, 3],
    ]);
    const n = 100_000;
    const ring = Array.from({ length: n }, (_, i) => [(i + 1) % n]);
    const groups = cyclicGroups(ring);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveLength(n);
    const chain = Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : []));
    expect(cyclicGroups(chain)).toEqual([]);
  });
});
