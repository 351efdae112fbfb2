import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/analysis/types.js';
import type { EdgeAttributes, NodeAttributes } from '../../src/model/graph.js';
import { CHECKS } from '../../src/rules/checks/index.js';
import type { Check } from '../../src/rules/types.js';
import { workload } from './support/kubernetes.js';
import { addNode, context, emptyAnalysis } from './support/model.js';

function check(name: string): Check {
  const found = CHECKS.get(name);
  if (!found) throw new Error(`${name} is not registered`);
  return found;
}

const DEPLOY = 'k8s.deployment';
const id = (name: string) => `k8s.deployment:default/${name}`;

describe('replicas-below', () => {
  const replicas = check('replicas-below');
  const options = { kinds: [DEPLOY, 'k8s.statefulset'], minimum: 2 };

  it('reads an omitted count as 1 and an HPA floor as the count, whatever replicas says', () => {
    const ctx = context([
      workload(DEPLOY, 'omitted'),
      workload(DEPLOY, 'three', { count: 3 }),
      workload(DEPLOY, 'three-hpa-one', { count: 3, minSize: 1 }),
      workload(DEPLOY, 'one-hpa-three', { count: 1, minSize: 3 }),
      workload('k8s.statefulset', 'db', { count: 1, holdsState: true }),
    ]);
    const reports = replicas.run(ctx, options);
    expect(reports.map((r) => [r.node, r.data.replicas, r.data.reason, r.severity])).toEqual([
      [id('omitted'), 1, 'no replica count is set, and the default is 1', undefined],
      [id('three-hpa-one'), 1, "its HorizontalPodAutoscaler's minReplicas is 1", undefined],
      ['k8s.statefulset:default/db', 1, 'its replica count is 1', undefined],
    ]);
    expect(reports[0]?.data).toMatchObject({ kind: 'Deployment', name: 'omitted', minimum: 2 });
  });

  it('filters by a predicate and keeps other kinds out', () => {
    const ctx = context([
      workload('compose.service', 'db', { count: 1, holdsState: true }),
      workload('compose.service', 'web', { count: 1 }),
      workload(DEPLOY, 'api'),
    ]);
    const reports = replicas.run(ctx, {
      kinds: ['compose.service'],
      minimum: 2,
      where: { holdsState: { equals: true } },
    });
    expect(reports.map((r) => r.node)).toEqual(['compose.service:shop/db']);
    expect(
      replicas.validate({ kinds: ['compose.service'], minimum: 2, where: { nope: { equals: 1 } } }),
    ).toEqual([{ key: 'options.where.nope', problem: 'is not a canonical attribute' }]);
  });

  it('with offPathNotes, a workload no entry needs is a note; with no entry at all nothing is', () => {
    const graph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
    addNode(graph, 'entry:shop', { kind: 'entry' });
    addNode(graph, 'k8s.service:default/web', { kind: 'component' });
    addNode(graph, id('web'), { kind: 'component' });
    addNode(graph, id('loadgen'), { kind: 'component' });
    graph.addEdge('entry:shop', 'k8s.service:default/web', { reason: 'entry', locations: [] });
    graph.addEdge('k8s.service:default/web', id('web'), { reason: 'selects', locations: [] });
    const analysis: AnalysisResult = {
      ...emptyAnalysis(),
      entries: [
        {
          entry: { node: 'entry:shop', name: 'shop', survive: ['component'], source: 'inferred' },
          upWithNoFailure: true,
          cuts: [],
        },
      ],
    };
    const components = [workload(DEPLOY, 'web'), workload(DEPLOY, 'loadgen', { count: 1 })];
    const quiet = { ...options, offPathNotes: true };
    expect(
      replicas.run(context(components, { graph, analysis }), quiet).map((r) => [r.node, r.severity]),
    ).toEqual([
      [id('loadgen'), 'note'],
      [id('web'), undefined],
    ]);
    expect(replicas.run(context(components, { graph }), quiet).map((r) => r.severity)).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe('disruption budgets', () => {
  const missing = check('missing-disruption-budget');
  const blocks = check('disruption-budget-blocks-eviction');
  const PDB = 'k8s.pod-disruption-budget';

  it('reports multi-replica workloads no budget protects, only them', () => {
    const ctx = context([
      workload(DEPLOY, 'bare', { count: 3 }),
      workload(DEPLOY, 'guarded', { count: 3 }),
      workload(DEPLOY, 'single', { count: 1 }),
      workload(DEPLOY, 'autoscaled', { count: 1, minSize: 2 }),
      workload(PDB, 'guarded-pdb', { maxUnavailable: 1 }, [['protects', id('guarded')]]),
    ]);
    expect(missing.run(ctx, {}).map((r) => [r.node, r.data.replicas])).toEqual([
      [id('autoscaled'), 2],
      [id('bare'), 3],
    ]);
  });

  it('reports budgets allowing no eviction, with the reason', () => {
    const target = (name: string, count: number) => workload(DEPLOY, name, { count });
    const pdb = (name: string, attributes: object, over?: string) =>
      workload(PDB, name, attributes, over ? [['protects', id(over)]] : []);
    const ctx = context([
      target('two', 2),
      target('four', 4),
      pdb('zero', { maxUnavailable: 0 }),
      pdb('zero-percent', { maxUnavailable: '0%' }),
      pdb('all-available', { minAvailable: '100%' }),
      pdb('as-many-as-replicas', { minAvailable: 2 }, 'two'),
      pdb('three-quarters', { minAvailable: '75%' }, 'two'),
      pdb('half', { minAvailable: '50%' }, 'four'),
      pdb('one-unavailable', { maxUnavailable: 1 }, 'two'),
      pdb('ten-percent', { maxUnavailable: '10%' }, 'two'),
      pdb('two-of-four', { minAvailable: 2 }, 'four'),
    ]);
    const reports = blocks.run(ctx, {});
    expect(reports.map((r) => [r.node.replace(`${PDB}:default/`, ''), r.data.reason])).toEqual([
      ['all-available', 'minAvailable is 100%'],
      ['as-many-as-replicas', 'minAvailable is 2 and two may run 2 replicas'],
      ['three-quarters', 'minAvailable is 75% and two may run 2 replicas'],
      ['zero', 'maxUnavailable is 0'],
      ['zero-percent', 'maxUnavailable is 0%'],
    ]);
    expect(reports[0]?.data.workloads).toBe('the pods it selects');
    expect(reports[1]?.data.workloads).toBe('two');
  });
});

describe('zone placement of replicas', () => {
  const unguaranteed = check('replicas-without-zone-guarantee');
  const pinned = check('replicas-pinned-to-one-zone');
  const PVC = 'k8s.persistent-volume-claim';

  const ctx = () =>
    context([
      workload(DEPLOY, 'none', { count: 3 }),
      workload(DEPLOY, 'soft', { count: 3, zoneSpread: 'preferred' }),
      workload(DEPLOY, 'hard', { count: 3, zoneSpread: 'required' }),
      workload(DEPLOY, 'single', { count: 1 }),
      workload(DEPLOY, 'pinned', { count: 2, pinnedZones: ['europe-west1-b'], zoneSpread: 'preferred' }),
      workload(DEPLOY, 'two-zones', {
        count: 2,
        pinnedZones: ['europe-west1-b', 'europe-west1-c'],
        zoneSpread: 'required',
      }),
      workload(DEPLOY, 'shared-disk', { count: 2, zoneSpread: 'required' }, [
        ['volume', `${PVC}:default/data`],
      ]),
      workload(DEPLOY, 'shared-files', { count: 2, zoneSpread: 'required' }, [
        ['volume', `${PVC}:default/files`],
      ]),
      workload(PVC, 'data', { accessModes: ['ReadWriteOnce'] }),
      workload(PVC, 'files', { accessModes: ['ReadWriteMany'] }),
    ]);

  it('a spread that is absent or only preferred is no guarantee, and the message says which', () => {
    const reports = unguaranteed.run(ctx(), {});
    expect(reports.map((r) => r.node)).toEqual([id('none'), id('soft')]);
    expect(reports[0]?.data.spread).toBe('nothing spreads its replicas over zones');
    expect(reports[1]?.data.spread).toMatch(/^its zone spread is only preferred/);
  });

  it('one pinned zone or a ReadWriteOnce claim holds every replica in one zone', () => {
    const reports = pinned.run(ctx(), {});
    expect(reports.map((r) => [r.node, r.data.pin])).toEqual([
      [id('pinned'), 'its node selection names only europe-west1-b'],
      [id('shared-disk'), 'every replica mounts the ReadWriteOnce claim data, which attaches to one node'],
    ]);
  });
});

describe('single-replica-local-state', () => {
  const local = check('single-replica-local-state');
  const PVC = 'k8s.persistent-volume-claim';
  const PV = 'k8s.persistent-volume';

  it('reports single replicas on emptyDir or a hostPath volume, and unmounted hostPath volumes', () => {
    const ctx = context([
      workload(DEPLOY, 'cache', { localState: ['emptyDir'] }),
      workload(DEPLOY, 'scaled-cache', { count: 3, localState: ['emptyDir'] }),
      workload(DEPLOY, 'model', { count: 1 }, [['volume', `${PVC}:default/model`]]),
      workload(PVC, 'model', {}, [['boundTo', `${PV}:_cluster/model-pv`]]),
      workload(PV, '_cluster/model-pv', { localState: ['hostPath'] }),
      workload(PV, '_cluster/orphan-pv', { localState: ['hostPath'] }),
      workload('k8s.pod', 'debug', { localState: ['hostPath', 'emptyDir'] }),
    ]);
    const reports = local.run(ctx, {});
    expect(reports.map((r) => [r.node, r.data.storage])).toEqual([
      [id('cache'), 'an emptyDir volume, deleted with its pod whenever the pod is evicted or rescheduled'],
      [id('model'), "a hostPath volume, on one node's disk"],
      [`${PV}:_cluster/orphan-pv`, "a hostPath volume, on one node's disk"],
      [
        'k8s.pod:default/debug',
        "an emptyDir volume, deleted with its pod whenever the pod is evicted or rescheduled and a hostPath volume, on one node's disk",
      ],
    ]);
  });
});

describe('service-backend-without-readiness', () => {
  it('reports served workloads lacking a probe, naming their Services', () => {
    const ctx = context([
      workload(DEPLOY, 'api', { readinessProbe: false }),
      workload(DEPLOY, 'web', { readinessProbe: true }),
      workload(DEPLOY, 'worker', { readinessProbe: false }),
      workload('k8s.service', 'api', {}, [['selects', id('api')]]),
      workload('k8s.service', 'api-internal', {}, [['selects', id('api')]]),
      workload('k8s.service', 'web', {}, [['selects', id('web')]]),
    ]);
    const reports = check('service-backend-without-readiness').run(ctx, {});
    expect(reports.map((r) => [r.node, r.data.services])).toEqual([[id('api'), 'api, api-internal']]);
  });
});

describe('update-takes-all-replicas', () => {
  it('Recreate, 100%, or a maxUnavailable at least the replicas; not the default nor OnDelete', () => {
    const ctx = context([
      workload(DEPLOY, 'recreate', { count: 3, updateStrategy: 'Recreate' }),
      workload(DEPLOY, 'all', { count: 3, updateStrategy: 'RollingUpdate', maxUnavailable: '100%' }),
      workload(DEPLOY, 'count', { count: 2, maxUnavailable: 2 }),
      workload(DEPLOY, 'half', { count: 2, maxUnavailable: '50%' }),
      workload(DEPLOY, 'default', { count: 1 }),
      workload('k8s.statefulset', 'ondelete', { count: 2, updateStrategy: 'OnDelete', maxUnavailable: 2 }),
    ]);
    const reports = check('update-takes-all-replicas').run(ctx, {});
    expect(reports.map((r) => [r.node, r.data.reason])).toEqual([
      [id('all'), "its rolling update's maxUnavailable is 100%"],
      [id('count'), "its rolling update's maxUnavailable (2) is at least its 2 replicas"],
      [id('recreate'), 'its Recreate strategy stops every pod before starting the new ones'],
    ]);
  });
});

describe('image-not-pinned', () => {
  it('reports no tag and latest, never a fixed tag, a digest or an unrendered reference', () => {
    const ctx = context([
      workload(DEPLOY, 'web', {
        images: ['nginx', 'registry:5000/app:1.2', `busybox:1.36@sha256:${'a'.repeat(64)}`],
      }),
      workload(DEPLOY, 'side', { images: ['registry:5000/sidecar', 'pihole/pihole:latest'] }),
      workload(DEPLOY, 'pinned', {
        images: ['redis:7.2', `app@sha256:${'b'.repeat(64)}`, `app:${'$'}{TAG}`, 'app:{{ .Values.tag }}'],
      }),
      workload('compose.service', 'proxy', { images: ['nginx'] }),
    ]);
    const reports = check('image-not-pinned').run(ctx, { kinds: [DEPLOY] });
    expect(reports.map((r) => [r.node, r.data.images])).toEqual([
      [id('side'), 'pihole/pihole:latest, registry:5000/sidecar (no tag, so latest)'],
      [id('web'), 'nginx (no tag, so latest)'],
    ]);
  });
});

describe('options of the Kubernetes and compose checks', () => {
  it('checks without options reject any; image-not-pinned and replicas-below need their kinds', () => {
    for (const name of [
      'compose-single-host',
      'disruption-budget-blocks-eviction',
      'missing-disruption-budget',
      'replicas-pinned-to-one-zone',
      'replicas-without-zone-guarantee',
      'service-backend-without-readiness',
      'single-replica-local-state',
      'update-takes-all-replicas',
    ])
      expect(check(name).validate({ extra: true }), name).toEqual([
        { key: 'options.extra', problem: 'is not a known option' },
      ]);
    expect(
      check('image-not-pinned')
        .validate({})
        .map((i) => i.key),
    ).toEqual(['options.kinds']);
    expect(
      check('replicas-below')
        .validate({ kinds: ['k8s.nope'], minimum: 'two' })
        .map((i) => i.key),
    ).toEqual(['options.kinds[0]', 'options.minimum']);
  });
});
