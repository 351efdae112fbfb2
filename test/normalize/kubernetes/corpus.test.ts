import { describe, expect, it } from 'vitest';
import { DEMO_DEPLOYMENTS, DEMO_MANIFESTS, readCorpus } from '../../support/corpus.js';
import { normalizeTexts, relations } from './helpers.js';

function load(...files: string[]) {
  return normalizeTexts(readCorpus(...files));
}

describe('kubernetes normalizer on microservices-demo', () => {
  const { ids, get, diagnostics } = load(DEMO_MANIFESTS);

  it('has 12 Deployments and 12 Services; every Deployment but loadgenerator leaves replicas unset', () => {
    expect(ids.filter((id) => id.startsWith('k8s.deployment:'))).toEqual(
      DEMO_DEPLOYMENTS.map((name) => `k8s.deployment:default/${name}`),
    );
    expect(ids.filter((id) => id.startsWith('k8s.service:'))).toHaveLength(12);
    for (const name of DEMO_DEPLOYMENTS) {
      const count = get(`k8s.deployment:default/${name}`).attributes.count;
      expect(count, name).toBe(name === 'loadgenerator' ? 1 : undefined);
    }
  });

  it('frontend-external is a LoadBalancer Service selecting frontend', () => {
    const external = get('k8s.service:default/frontend-external');
    expect(external.attributes.serviceType).toBe('LoadBalancer');
    expect(relations(external)).toEqual(['selects → k8s.deployment:default/frontend']);
    expect(external.locations).toEqual([{ file: DEMO_MANIFESTS, line: 130 }]);
  });

  it('frontend calls the Services its env names; cartservice calls redis-cart', () => {
    expect(relations(get('k8s.deployment:default/frontend'))).toEqual(
      [
        'adservice',
        'cartservice',
        'checkoutservice',
        'currencyservice',
        'productcatalogservice',
        'recommendationservice',
        'shippingservice',
      ].map((name) => `calls → k8s.service:default/${name}`),
    );
    expect(relations(get('k8s.deployment:default/cartservice'))).toEqual([
      'calls → k8s.service:default/redis-cart',
    ]);
    expect(relations(get('k8s.deployment:default/checkoutservice'))).toEqual(
      [
        'cartservice',
        'currencyservice',
        'emailservice',
        'paymentservice',
        'productcatalogservice',
        'shippingservice',
      ].map((name) => `calls → k8s.service:default/${name}`),
    );
  });

  it('redis-cart keeps its state in an emptyDir', () => {
    expect(get('k8s.deployment:default/redis-cart').attributes.localState).toEqual(['emptyDir']);
    expect(get('k8s.deployment:default/frontend').attributes.localState).toEqual([]);
  });

  it('reports only the ServiceAccounts as not modelled', () => {
    expect(diagnostics.map(({ code, level, line }) => ({ code, level, line }))).toEqual([
      { code: 'unsupported-resource', level: 'note', line: 145 },
    ]);
  });
});

describe('kubernetes normalizer on kubernetes-examples', () => {
  const { get, diagnostics } = load(
    'kubernetes-examples/web/guestbook/redis-master-deployment.yaml',
    'kubernetes-examples/AI/model-serving-tensorflow/deployment.yaml',
    'kubernetes-examples/AI/model-serving-tensorflow/pv.yaml',
    'kubernetes-examples/databases/cassandra/cassandra-service.yaml',
  );

  it('redis-master runs one replica', () => {
    expect(get('k8s.deployment:default/redis-master').attributes.count).toBe(1);
  });

  it('tf-serving runs one replica over a claim; its PV keeps the model on a hostPath', () => {
    const serving = get('k8s.deployment:default/tf-serving');
    expect(serving.attributes).toMatchObject({ count: 1, holdsState: true });
    expect(get('k8s.persistent-volume:_cluster/my-model-pv').attributes).toEqual({
      accessModes: ['ReadOnlyMany'],
      localState: ['hostPath'],
    });
  });

  it('the cassandra Service selects nothing here; the missing claim is a dangling reference', () => {
    expect(get('k8s.service:default/cassandra').relations).toEqual([]);
    expect(diagnostics.map(({ code, file }) => `${code} ${file}`)).toEqual([
      'dangling-reference kubernetes-examples/AI/model-serving-tensorflow/deployment.yaml',
      'unmatched-selector kubernetes-examples/databases/cassandra/cassandra-service.yaml',
    ]);
  });
});
