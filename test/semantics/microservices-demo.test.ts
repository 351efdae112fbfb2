import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/index.js';
import type { AnalysisResult } from '../../src/analysis/types.js';
import { collect } from '../../src/collectors/index.js';
import type { EntryPoint } from '../../src/model/entry.js';
import type { SpofGraph } from '../../src/model/graph.js';
import { defaultPolicy } from '../../src/model/policy.js';
import { normalize } from '../../src/normalize/index.js';
import { buildGraph } from '../../src/semantics/index.js';
import { corpusPath, DEMO_MANIFESTS, DEMO_SERVING, REPO } from '../support/corpus.js';
import { singleCuts } from './support.js';

const MANIFESTS = corpusPath(DEMO_MANIFESTS);

describe('microservices-demo, collected, normalized, built and analysed', () => {
  let graph: SpofGraph;
  let entries: EntryPoint[];
  let analysis: AnalysisResult;

  beforeAll(async () => {
    const policy = defaultPolicy();
    const collected = await collect([MANIFESTS], { root: REPO });
    const built = buildGraph(normalize(collected.documents, policy).model, policy);
    graph = built.graph;
    entries = built.entries;
    analysis = analyse(graph, entries);
  });

  it('infers the LoadBalancer Service frontend-external as the one entry', () => {
    expect(entries).toEqual([
      {
        node: 'entry:frontend-external',
        name: 'frontend-external',
        survive: ['component', 'zone'],
        source: 'inferred',
      },
    ]);
    expect(analysis.entries[0]?.upWithNoFailure).toBe(true);
  });

  it('lists every workload on its path, its pod, node and zone as single points of failure', () => {
    const cuts = new Set(analysis.entries[0]?.cuts.map((cut) => cut.node));
    for (const name of DEMO_SERVING) {
      const deployment = `k8s.deployment:default/${name}`;
      expect(cuts, name).toContain(deployment);
      expect(cuts, name).toContain(`${deployment}#0`);
      expect(cuts, name).toContain(`k8s.service:default/${name === 'frontend' ? 'frontend-external' : name}`);
      expect(cuts, name).toContain(`host:cluster/${name}#0`);
      expect(cuts, name).toContain(`zone:unknown-hosting/#unknown-${name}`);
    }
    expect(cuts).toContain('cluster:cluster');
    expect(cuts).not.toContain('k8s.service:default/frontend');
    expect([...cuts].filter((node) => node.includes('loadgenerator'))).toEqual([]);
  });

  it('gives each a witness path from the entry along requirements', () => {
    const result = analysis.entries[0];
    expect(result?.cuts.length).toBeGreaterThan(0);
    for (const cut of result?.cuts ?? []) {
      expect(cut.path[0]).toBe('entry:frontend-external');
      expect(cut.path.at(-1)).toBe(cut.node);
      for (let i = 1; i < cut.path.length; i++) {
        expect(graph.hasDirectedEdge(cut.path[i - 1] as string, cut.path[i] as string)).toBe(true);
      }
    }
    const redis = result?.cuts.find((cut) => cut.node === 'k8s.deployment:default/redis-cart');
    expect(redis?.path).toEqual([
      'entry:frontend-external',
      'k8s.service:default/frontend-external',
      'k8s.deployment:default/frontend',
      'k8s.deployment:default/frontend#0',
      'k8s.service:default/cartservice',
      'k8s.deployment:default/cartservice',
      'k8s.deployment:default/cartservice#0',
      'k8s.service:default/redis-cart',
      'k8s.deployment:default/redis-cart',
    ]);
  });

  it('agrees with the brute-force definition of a single point of failure', () => {
    const cuts = analysis.entries[0]?.cuts.map((cut) => cut.node) ?? [];
    expect(cuts).toEqual(singleCuts(graph, 'entry:frontend-external'));
  });
});
