import { describe, expect, it } from 'vitest';
import { app, k8s, kube, shop } from './cluster-support.js';
import { build, gateOf, requirements, singleCuts } from './support.js';

const FRONTEND = k8s('deployment', 'frontend');
const CART = k8s('deployment', 'cart');

describe('Kubernetes Services and routes', () => {
  it('a Service is `any` over the workloads it selects', () => {
    const { graph } = build([
      ...app('web'),
      kube('k8s.deployment', 'web-canary'),
      kube('k8s.service', 'both', {
        relations: [
          ['selects', k8s('deployment', 'web')],
          ['selects', k8s('deployment', 'web-canary')],
        ],
      }),
    ]);
    expect(gateOf(graph, k8s('service', 'both'))).toBe('any');
    expect(requirements(graph, k8s('service', 'both'))).toEqual([
      k8s('deployment', 'web'),
      k8s('deployment', 'web-canary'),
    ]);
    expect(singleCuts(graph, k8s('service', 'both'))).toEqual([
      'cluster:cluster',
      'provider:aws',
      'region:deployment-region',
    ]);
  });

  it('a workload calling another Service needs it: the callee workload, its pod and node are cuts', () => {
    const { graph, entries } = build(shop());
    expect(entries.map((entry) => entry.name)).toEqual(['frontend']);
    expect(requirements(graph, `${FRONTEND}#1`)).toContain(k8s('service', 'cart'));
    expect(graph.getEdgeAttribute(`${FRONTEND}#1`, k8s('service', 'cart'), 'reason')).toBe('calls');
    const cuts = singleCuts(graph, 'entry:frontend');
    expect(cuts).toEqual(
      [
        'cluster:cluster',
        'provider:aws',
        'region:deployment-region',
        FRONTEND,
        k8s('service', 'frontend'),
        k8s('service', 'cart'),
        CART,
        `${CART}#0`,
        'host:cluster/cart#0',
        'zone:deployment-region/#unknown-cart',
      ].sort(),
    );
  });

  it('a Service without pods in the input stands on the cluster', () => {
    const external = kube('k8s.service', 'payments', { attributes: { serviceType: 'ExternalName' } });
    const { graph } = build([external]);
    expect(gateOf(graph, external.id)).toBe('all');
    expect(requirements(graph, external.id)).toEqual(['cluster:cluster']);
  });

  it('a pod calling its own Service does not hold itself up', () => {
    const { graph } = build(
      app('web', { relations: [['calls', k8s('service', 'web')]] }, { serviceType: 'LoadBalancer' }),
    );
    expect(graph.hasEdge(`${k8s('deployment', 'web')}#0`, k8s('service', 'web'))).toBe(false);
    expect(singleCuts(graph, 'entry:web')).toContain(`${k8s('deployment', 'web')}#0`);
  });

  it('ConfigMaps, autoscalers and disruption budgets add no edge besides their cluster', () => {
    const config = kube('k8s.config-map', 'settings');
    const hpa = kube('k8s.horizontal-pod-autoscaler', 'web', {
      attributes: { minSize: 1 },
      relations: [['scales', k8s('deployment', 'web')]],
    });
    const pdb = kube('k8s.pod-disruption-budget', 'web', {
      attributes: { minAvailable: 1 },
      relations: [['protects', k8s('deployment', 'web')]],
    });
    const { graph } = build([
      ...app('web', { relations: [['config', config.id]] }, { serviceType: 'LoadBalancer' }),
      config,
      hpa,
      pdb,
    ]);
    for (const control of [config, hpa, pdb]) {
      expect(requirements(graph, control.id)).toEqual(['cluster:cluster']);
      expect(graph.inDegree(control.id)).toBe(0);
    }
    expect(singleCuts(graph, 'entry:web')).not.toEqual(expect.arrayContaining([config.id]));
  });
});

describe('a Service over a controller and what it made', () => {
  it('counts a Deployment’s ReplicaSet and Pods in the input as the Deployment’s one pod', () => {
    const set = kube('k8s.replicaset', 'web-5d9', { relations: [['ownedBy', k8s('deployment', 'web')]] });
    const pod = kube('k8s.pod', 'web-5d9-x1', {
      attributes: { controlled: true },
      relations: [['ownedBy', set.id]],
    });
    const orphan = kube('k8s.pod', 'debug', { relations: [['ownedBy', 'k8s.replicaset:default/gone']] });
    const service = kube('k8s.service', 'web', {
      attributes: { serviceType: 'LoadBalancer' },
      relations: [
        ['selects', k8s('deployment', 'web')],
        ['selects', set.id],
        ['selects', pod.id],
        ['selects', orphan.id],
      ],
    });
    const { graph } = build([kube('k8s.deployment', 'web'), set, pod, orphan, service]);
    expect(requirements(graph, service.id)).toEqual([orphan.id, k8s('deployment', 'web')].sort());
  });

  it('keeps made pods when the selector matches nothing else', () => {
    const set = kube('k8s.replicaset', 'web-5d9', { attributes: { labels: { app: 'other' } } });
    const pod = kube('k8s.pod', 'web-5d9-x1', { relations: [['ownedBy', set.id]] });
    const service = kube('k8s.service', 'web', { relations: [['selects', pod.id]] });
    const { graph } = build([set, pod, service]);
    expect(requirements(graph, service.id)).toEqual([pod.id]);
  });
});
