import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonReport } from '../../src/report/json/index.js';
import type { ScanResult } from '../../src/scan.js';
import { CORPUS, DEMO_FOLDER, DEMO_MANIFESTS, DEMO_SERVING, EXAMPLES_FOLDER } from '../support/corpus.js';
import { nodesByRule, REPO, scanFolder } from './scan-folder.js';

/** Real manifests from ../shared/corpus (see its README for what a careful reviewer finds there). */
const DEMO = `${CORPUS}/${DEMO_FOLDER}`;
const DEMO_FILE = `${CORPUS}/${DEMO_MANIFESTS}`;
const EXAMPLES = `${CORPUS}/${EXAMPLES_FOLDER}`;

/** The 1-based line of the `kind:` key of the object of that kind and metadata name (what findings point at). */
function lineOfObject(file: string, kind: string, name: string): number {
  const lines = readFileSync(resolve(REPO, file), 'utf8').split('\n');
  let kindLine = -1;
  for (const [index, line] of lines.entries()) {
    if (line === '---') kindLine = -1;
    else if (line.startsWith('kind: ')) kindLine = line === `kind: ${kind}` ? index : -1;
    else if (kindLine >= 0 && line === `  name: ${name}`) return kindLine + 1;
  }
  throw new Error(`${kind} ${name} is not in ${file}`);
}

const deployment = (name: string) => `k8s.deployment:default/${name}`;

describe('microservices-demo (Online Boutique)', () => {
  let result: ScanResult;
  beforeAll(async () => {
    result = await scanFolder(DEMO);
  });

  it('reads the manifests completely; ServiceAccounts are noted as not modelled', () => {
    expect(result.complete).toBe(true);
    expect(result.coverage.map((entry) => [entry.file, entry.status])).toEqual([[DEMO_FILE, 'analysed']]);
    expect(result.diagnostics.filter((d) => d.level !== 'note')).toEqual([]);
    expect(result.entries.map((entry) => [entry.entry.name, entry.entry.source])).toEqual([
      ['frontend-external', 'inferred'],
    ]);
  });

  it('finds what the corpus README names, and nothing on the Services or the load generator path', () => {
    const zones = DEMO_SERVING.map((name) => `zone:unknown-hosting/#unknown-${name}`);
    const hosts = DEMO_SERVING.map((name) => `host:cluster/${name}#0`);
    expect(nodesByRule(result)).toEqual({
      'single-cluster-dependency': ['cluster:cluster'],
      'single-host-dependency': hosts,
      'single-point-of-failure': DEMO_SERVING.map(deployment),
      'single-region-dependency': ['region:unknown-hosting'],
      'single-replica-local-state': [deployment('redis-cart')],
      'single-replica-workload': [...DEMO_SERVING, 'loadgenerator'].sort().map(deployment),
      'single-zone-dependency': zones,
    });
  });

  it('all twelve Deployments are single-replica; the load generator, off the serving path, only a note', () => {
    const single = result.findings.filter((f) => f.ruleId === 'single-replica-workload');
    expect(single).toHaveLength(12);
    for (const finding of single) {
      expect(finding.severity, finding.node.id).toBe(
        finding.node.name === 'loadgenerator' ? 'note' : 'warning',
      );
      expect(finding.locations, finding.node.id).toEqual([
        { file: DEMO_FILE, line: lineOfObject(DEMO_FILE, 'Deployment', finding.node.name) },
      ]);
      // The corpus README: every Deployment but loadgenerator omits `replicas`.
      expect(finding.message, finding.node.id).toContain(
        finding.node.name === 'loadgenerator' ? 'its replica count is 1' : 'no replica count is set',
      );
    }
    const cuts = result.entries.flatMap((entry) => entry.cuts.map((cut) => cut.node));
    expect(cuts.filter((node) => node.includes('loadgenerator'))).toEqual([]);
  });

  it('redis-cart keeps the cart in an emptyDir, on the line of its Deployment', () => {
    const [finding] = result.findings.filter((f) => f.ruleId === 'single-replica-local-state');
    expect(finding?.message).toBe(
      'Deployment redis-cart keeps its only copy of data in an emptyDir volume, deleted with its pod whenever the pod is evicted or rescheduled.',
    );
    expect(finding?.locations).toEqual([
      { file: DEMO_FILE, line: lineOfObject(DEMO_FILE, 'Deployment', 'redis-cart') },
    ]);
  });

  it('the shop entry falls with frontend and each backend on its path, each with a witness path from the entry', () => {
    const [shop] = result.entries;
    expect(shop?.entry.node).toBe('entry:frontend-external');
    const required = [
      'frontend',
      'cartservice',
      'redis-cart',
      'productcatalogservice',
      'currencyservice',
      'checkoutservice',
    ];
    for (const name of required) {
      const cut = shop?.cuts.find((c) => c.node === deployment(name));
      expect(cut, name).toBeDefined();
      const path = cut?.path ?? [];
      expect(path[0]).toBe('entry:frontend-external');
      expect(path.at(-1)).toBe(deployment(name));
      for (let i = 1; i < path.length; i++)
        expect(result.graph.hasDirectedEdge(path[i - 1] as string, path[i] as string), path.join(' → ')).toBe(
          true,
        );
      const finding = result.findings.find(
        (f) => f.ruleId === 'single-point-of-failure' && f.node.id === deployment(name),
      );
      expect(finding?.severity).toBe('error');
      expect(finding?.entries).toEqual(['entry:frontend-external']);
      expect(finding?.path[0]).toBe('entry:frontend-external');
      expect(finding?.locations).toEqual([
        { file: DEMO_FILE, line: lineOfObject(DEMO_FILE, 'Deployment', name) },
      ]);
    }
    const frontend = shop?.cuts.find((c) => c.node === deployment('frontend'));
    expect(frontend?.path).toEqual([
      'entry:frontend-external',
      'k8s.service:default/frontend-external',
      deployment('frontend'),
    ]);
    const cart = shop?.cuts.find((c) => c.node === deployment('redis-cart'));
    expect(cart?.path).toContain('k8s.service:default/redis-cart');
    expect(cart?.path).toContain(deployment('cartservice'));
  });

  it('gives a byte-identical JSON report when scanned again', async () => {
    const options = { colorLevel: 0 as const, githubActions: false };
    expect(jsonReport(await scanFolder(DEMO), options)).toBe(jsonReport(result, options));
  });
});

describe('kubernetes-examples', () => {
  let result: ScanResult;
  beforeAll(async () => {
    result = await scanFolder(EXAMPLES);
  });

  it('reads every manifest; the missing claim and the unmatched Cassandra selector are warnings', () => {
    expect(result.coverage.every((entry) => entry.status === 'analysed')).toBe(true);
    expect(result.coverage).toHaveLength(4);
    expect(result.diagnostics.map((d) => [d.code, d.level, d.file])).toEqual([
      ['dangling-reference', 'warning', `${EXAMPLES}/AI/model-serving-tensorflow/deployment.yaml`],
      ['unmatched-selector', 'warning', `${EXAMPLES}/databases/cassandra/cassandra-service.yaml`],
    ]);
  });

  it('finds the single redis master, the single tf-serving replica and its model on hostPath', () => {
    expect(nodesByRule(result)).toEqual({
      'single-replica-local-state': ['k8s.persistent-volume:_cluster/my-model-pv'],
      'single-replica-workload': [deployment('redis-master'), deployment('tf-serving')],
    });
    const at = (rule: string, node: string) =>
      result.findings.find((f) => f.ruleId === rule && f.node.id === node)?.locations;
    const redis = `${EXAMPLES}/web/guestbook/redis-master-deployment.yaml`;
    const serving = `${EXAMPLES}/AI/model-serving-tensorflow/deployment.yaml`;
    const volume = `${EXAMPLES}/AI/model-serving-tensorflow/pv.yaml`;
    expect(at('single-replica-workload', deployment('redis-master'))).toEqual([
      { file: redis, line: lineOfObject(redis, 'Deployment', 'redis-master') },
    ]);
    expect(at('single-replica-workload', deployment('tf-serving'))).toEqual([
      { file: serving, line: lineOfObject(serving, 'Deployment', 'tf-serving') },
    ]);
    expect(at('single-replica-local-state', 'k8s.persistent-volume:_cluster/my-model-pv')).toEqual([
      { file: volume, line: lineOfObject(volume, 'PersistentVolume', 'my-model-pv') },
    ]);
  });
});
