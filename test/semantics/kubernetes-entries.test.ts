import { describe, expect, it } from 'vitest';
import { app, k8s, kube, shop } from './cluster-support.js';
import { build, requirements, singleCuts } from './support.js';

const CART = k8s('deployment', 'cart');

describe('Kubernetes entries', () => {
  it('an Ingress host is an entry that needs the Ingress and every backend; the Services it reaches are not entries', () => {
    const ingress = kube('k8s.ingress', 'shop', {
      attributes: { hosts: ['shop.example.com'] },
      relations: [
        ['backend', k8s('service', 'frontend')],
        ['backend', k8s('service', 'cart')],
      ],
    });
    const { graph, entries } = build([...shop(), ingress]);
    expect(entries).toEqual([
      {
        node: 'entry:shop.example.com',
        name: 'shop.example.com',
        survive: ['component', 'zone'],
        source: 'inferred',
      },
    ]);
    expect(requirements(graph, 'entry:shop.example.com')).toEqual([ingress.id]);
    expect(requirements(graph, ingress.id)).toEqual([
      'cluster:cluster',
      k8s('service', 'cart'),
      k8s('service', 'frontend'),
    ]);
    expect(singleCuts(graph, 'entry:shop.example.com')).toEqual(
      expect.arrayContaining([ingress.id, CART, 'host:cluster/cart#0']),
    );
  });

  it('two Ingresses serving one host make one entry; an Ingress for every host is entered by its name', () => {
    const { graph, entries } = build([
      ...app('web'),
      kube('k8s.ingress', 'main', {
        attributes: { hosts: ['shop.example.com'] },
        relations: [['backend', k8s('service', 'web')]],
      }),
      kube('k8s.ingress', 'api', {
        attributes: { hosts: ['api.example.com', 'shop.example.com'] },
        relations: [['backend', k8s('service', 'web')]],
      }),
      kube('k8s.ingress', 'catch-all', { relations: [['backend', k8s('service', 'web')]] }),
    ]);
    expect(entries.map((entry) => entry.name)).toEqual(['api.example.com', 'catch-all', 'shop.example.com']);
    expect(requirements(graph, 'entry:shop.example.com')).toEqual([
      k8s('ingress', 'api'),
      k8s('ingress', 'main'),
    ]);
  });

  it('HTTPRoute hostnames are entries; a route without its own inherits its Gateway listener hostnames', () => {
    const gateway = kube('k8s.gateway', 'edge', { attributes: { hosts: ['*.example.com'] } });
    const idle = kube('k8s.gateway', 'idle', { attributes: { hosts: ['idle.example.com'] } });
    const named = kube('k8s.httproute', 'store', {
      attributes: { hosts: ['store.example.com'] },
      relations: [
        ['parent', gateway.id],
        ['backend', k8s('service', 'web')],
      ],
    });
    const inherited = kube('k8s.httproute', 'rest', {
      relations: [
        ['parent', gateway.id],
        ['backend', k8s('service', 'web')],
      ],
    });
    const { graph, entries } = build([...app('web'), gateway, idle, named, inherited]);
    expect(entries.map((entry) => entry.name)).toEqual([
      '*.example.com',
      'idle.example.com',
      'store.example.com',
    ]);
    expect(requirements(graph, 'entry:*.example.com')).toEqual([inherited.id]);
    expect(requirements(graph, 'entry:idle.example.com')).toEqual([idle.id]);
    expect(requirements(graph, named.id)).toEqual(['cluster:cluster', gateway.id, k8s('service', 'web')]);
    expect(requirements(graph, gateway.id)).toEqual(['cluster:cluster']);
    expect(singleCuts(graph, 'entry:store.example.com')).toContain(gateway.id);
  });

  it('routes on a Gateway without hostnames share one entry named after the Gateway', () => {
    const gateway = kube('k8s.gateway', 'edge');
    const routes = ['a', 'b'].map((name) =>
      kube('k8s.httproute', name, {
        relations: [
          ['parent', gateway.id],
          ['backend', k8s('service', 'web')],
        ],
      }),
    );
    const { graph, entries } = build([...app('web'), gateway, ...routes]);
    expect(entries.map((entry) => entry.name)).toEqual(['edge']);
    expect(requirements(graph, 'entry:edge')).toEqual([k8s('httproute', 'a'), k8s('httproute', 'b')]);
  });

  it('a declared entry can name a Service by id, by logical name or by namespace and name', () => {
    const objects = app('web', {}, { serviceType: 'ClusterIP' });
    const byId = build(objects, { entries: [{ name: 'a', target: k8s('service', 'web') }] });
    expect(requirements(byId.graph, 'entry:a')).toEqual([k8s('service', 'web')]);
    const qualified = build(objects, { entries: [{ name: 'b', target: 'default/web' }] });
    expect(qualified.diagnostics).toEqual([expect.objectContaining({ code: 'config-error' })]);
    const external = [
      ...objects,
      kube('k8s.service', 'web-external', { relations: [['selects', k8s('deployment', 'web')]] }),
    ];
    const byName = build(external, { entries: [{ name: 'c', target: 'web-external' }] });
    expect(requirements(byName.graph, 'entry:c')).toEqual([k8s('service', 'web-external')]);
    const other = [...external, kube('k8s.service', 'web-external', { namespace: 'staging' })];
    const ambiguous = build(other, { entries: [{ name: 'd', target: 'web-external' }] });
    expect(ambiguous.diagnostics).toEqual([expect.objectContaining({ code: 'config-error' })]);
    const byNamespace = build(other, { entries: [{ name: 'e', target: 'staging/web-external' }] });
    expect(requirements(byNamespace.graph, 'entry:e')).toEqual(['k8s.service:staging/web-external']);
  });

  it('keeps LoadBalancer Services of one name in three namespaces apart', () => {
    const services = ['a', 'b', 'c'].map((namespace) =>
      kube('k8s.service', 'web', { namespace, attributes: { serviceType: 'LoadBalancer' } }),
    );
    const { entries, graph } = build(services);
    expect(entries.map((entry) => entry.name)).toEqual(['web', 'web (app.yaml)', 'web (k8s.service:c/web)']);
    expect(requirements(graph, 'entry:web (k8s.service:c/web)')).toEqual(['k8s.service:c/web']);
  });
});
