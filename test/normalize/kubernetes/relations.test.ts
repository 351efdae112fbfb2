import { describe, expect, it } from 'vitest';
import { CONTAINER, deployment, normalizeText, normalizeTexts, relations } from './helpers.js';

const service = (name: string, selector: string, extra = '', namespace = 'default') => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
${extra}  selector: { ${selector} }
  ports: [{ port: 80 }]
`;

const withEnv = (entries: string) => `containers:
  - name: app
    image: shop/app:1
    env:
${entries
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => `      ${line}`)
  .join('\n')}
`;

describe('kubernetes normalizer: relations', () => {
  it('a Service selects the workloads of its namespace whose pod labels hold every pair', () => {
    const { get } = normalizeTexts({
      'web.yaml': deployment('web', CONTAINER, '', 'app: web\ntier: front'),
      'other.yaml': deployment('api', CONTAINER, '', 'app: api'),
      'svc.yaml': `${service('web', 'app: web')}---\n${service('lb', 'app: web', '  type: LoadBalancer\n')}---\n${service('elsewhere', 'app: web', '', 'prod')}`,
    });
    expect(relations(get('k8s.service:default/web'))).toEqual(['selects → k8s.deployment:default/web']);
    const lb = get('k8s.service:default/lb');
    expect(lb.attributes).toEqual({
      namespace: 'default',
      serviceType: 'LoadBalancer',
      selector: { app: 'web' },
    });
    expect(relations(lb)).toEqual(['selects → k8s.deployment:default/web']);
    expect(relations(get('k8s.service:prod/elsewhere'))).toEqual([]);
  });

  it('learns calls from env values in every spelling, namespace-aware, never to itself', () => {
    const caller = deployment(
      'frontend',
      withEnv(`- { name: CART, value: "cartservice:7070" }
- { name: PAY, value: "http://payments.shop.svc.cluster.local:9000/api" }
- { name: CACHE, value: "redis://user:pw@cart-redis:6379" }
- { name: SEARCH, value: "search.shop" }
- { name: LIST, value: "cartservice:7070,ads.shop.svc:80" }
- { name: SELF, value: "frontend:8080" }
- { name: WORD, value: "cartservice" }
- { name: EXTERNAL, value: "https://api.stripe.com" }`),
    );
    const { get } = normalizeTexts({
      'frontend.yaml': caller,
      'services.yaml': [
        service('frontend', 'app: frontend'),
        service('cartservice', 'app: cart'),
        service('cart-redis', 'app: redis'),
        service('payments', 'app: pay', '', 'shop'),
        service('search', 'app: search', '', 'shop'),
        service('ads', 'app: ads', '', 'shop'),
        service('payments', 'app: pay'),
      ].join('---\n'),
    });
    expect(relations(get('k8s.deployment:default/frontend'))).toEqual([
      'calls → k8s.service:default/cart-redis',
      'calls → k8s.service:default/cartservice',
      'calls → k8s.service:shop/ads',
      'calls → k8s.service:shop/payments',
      'calls → k8s.service:shop/search',
    ]);
  });

  it('learns calls through ConfigMaps read with envFrom and configMapKeyRef; unread ConfigMaps are not components', () => {
    const pod = `containers:
  - name: app
    envFrom:
      - configMapRef: { name: endpoints }
    env:
      - name: DB
        valueFrom:
          configMapKeyRef: { name: settings, key: db }
`;
    const { get, ids } = normalizeTexts({
      'app.yaml': deployment('app', pod),
      'config.yaml': `apiVersion: v1
kind: ConfigMap
metadata: { name: endpoints }
data:
  CART: "cartservice:7070"
---
apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
data:
  db: "postgres://db:5432/shop"
  other: "ignored:1234"
---
apiVersion: v1
kind: ConfigMap
metadata: { name: unread }
data:
  x: "y"
`,
      'services.yaml': [
        service('cartservice', 'app: cart'),
        service('db', 'app: db'),
        service('ignored', 'app: i'),
      ].join('---\n'),
    });
    expect(relations(get('k8s.deployment:default/app'))).toEqual([
      'calls → k8s.service:default/cartservice',
      'calls → k8s.service:default/db',
      'config → k8s.config-map:default/endpoints',
      'config → k8s.config-map:default/settings',
    ]);
    expect(ids.filter((id) => id.startsWith('k8s.config-map'))).toEqual([
      'k8s.config-map:default/endpoints',
      'k8s.config-map:default/settings',
    ]);
    expect(get('k8s.config-map:default/endpoints').attributes).toEqual({ namespace: 'default' });
  });

  it('a ConfigMap mounted as a volume is config too', () => {
    const pod = `${CONTAINER}volumes:
  - name: conf
    configMap: { name: nginx-conf }
`;
    const { get } = normalizeTexts({
      'app.yaml': deployment('app', pod),
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: nginx-conf }\ndata: { a: b }\n',
    });
    expect(relations(get('k8s.deployment:default/app'))).toEqual([
      'config → k8s.config-map:default/nginx-conf',
    ]);
  });

  it('storage: workload → claim (volume), claim → volume (boundTo, by volumeName or claimRef), both → class', () => {
    const pod = `containers:
  - name: app
    volumeMounts: [{ name: data, mountPath: /data }]
volumes:
  - name: data
    persistentVolumeClaim: { claimName: data }
`;
    const { get } = normalizeTexts({
      'app.yaml': deployment('app', pod),
      'storage.yaml': `apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: data }
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: fast
  volumeName: pv-data
---
apiVersion: v1
kind: PersistentVolume
metadata: { name: pv-data }
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: fast
  hostPath: { path: /srv }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: reserved, namespace: ops }
spec:
  accessModes: [ReadWriteMany, ReadOnlyMany]
---
apiVersion: v1
kind: PersistentVolume
metadata: { name: pv-reserved }
spec:
  claimRef: { name: reserved, namespace: ops }
  nfs: { server: nfs, path: /x }
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: { name: fast }
provisioner: ebs.csi.aws.com
`,
    });
    const app = get('k8s.deployment:default/app');
    expect(relations(app)).toEqual(['volume → k8s.persistent-volume-claim:default/data']);
    expect(app.attributes.holdsState).toBe(true);
    // The claim is bound to a hostPath volume: the workload's state lives on one node.
    expect(app.attributes.localState).toEqual(['hostPath']);
    const claim = get('k8s.persistent-volume-claim:default/data');
    expect(claim.attributes).toEqual({ namespace: 'default', accessModes: ['ReadWriteOnce'] });
    expect(relations(claim)).toEqual([
      'boundTo → k8s.persistent-volume:_cluster/pv-data',
      'storageClass → k8s.storage-class:_cluster/fast',
    ]);
    const volume = get('k8s.persistent-volume:_cluster/pv-data');
    expect(volume.attributes).toEqual({ accessModes: ['ReadWriteOnce'], localState: ['hostPath'] });
    expect(relations(volume)).toEqual(['storageClass → k8s.storage-class:_cluster/fast']);
    expect(relations(get('k8s.persistent-volume-claim:ops/reserved'))).toEqual([
      'boundTo → k8s.persistent-volume:_cluster/pv-reserved',
    ]);
    expect(get('k8s.persistent-volume-claim:ops/reserved').attributes.accessModes).toEqual([
      'ReadOnlyMany',
      'ReadWriteMany',
    ]);
  });

  it('an HPA scales its target and sets its floor there (minReplicas defaults to 1)', () => {
    const { get } = normalizeText(`${deployment('web', CONTAINER, 'replicas: 2')}---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: web }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
  minReplicas: 3
  maxReplicas: 10
---
${deployment('api', CONTAINER)}---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: api }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
  maxReplicas: 5
`);
    const hpa = get('k8s.horizontal-pod-autoscaler:default/web');
    expect(relations(hpa)).toEqual(['scales → k8s.deployment:default/web']);
    expect(hpa.attributes).toEqual({ namespace: 'default', minSize: 3, maxSize: 10 });
    expect(get('k8s.deployment:default/web').attributes).toMatchObject({ count: 2, minSize: 3 });
    expect(get('k8s.deployment:default/api').attributes).toMatchObject({ minSize: 1 });
    expect(get('k8s.deployment:default/api').attributes.count).toBeUndefined();
  });

  it('a PDB protects what its selector matches (matchLabels and single-value In), with its bounds', () => {
    const { get, diagnostics } =
      normalizeText(`${deployment('web', CONTAINER, '', 'app: web\ntier: front')}---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: web }
spec:
  minAvailable: 1
  selector:
    matchLabels: { app: web }
    matchExpressions:
      - { key: tier, operator: In, values: [front] }
      - { key: canary, operator: DoesNotExist }
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: strict }
spec:
  maxUnavailable: 0
  selector:
    matchExpressions:
      - { key: app, operator: In, values: [web, api] }
`);
    expect(diagnostics).toEqual([]);
    const pdb = get('k8s.pod-disruption-budget:default/web');
    expect(pdb.attributes).toEqual({
      namespace: 'default',
      minAvailable: 1,
      selector: { app: 'web', tier: 'front' },
    });
    expect(relations(pdb)).toEqual(['protects → k8s.deployment:default/web']);
    const strict = get('k8s.pod-disruption-budget:default/strict');
    expect(strict.attributes).toEqual({ namespace: 'default', maxUnavailable: 0, selector: {} });
    expect(relations(strict)).toEqual(['protects → k8s.deployment:default/web']);
  });

  it('Ingress v1 and v1beta1: hosts and backend Services (rules and default backend)', () => {
    const { get } = normalizeText(`${service('web', 'app: web')}---
${service('api', 'app: api')}---
${service('fallback', 'app: fb')}---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: shop }
spec:
  defaultBackend: { service: { name: fallback, port: { number: 80 } } }
  rules:
    - host: Shop.Example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
          - { path: /api, pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }
---
apiVersion: extensions/v1beta1
kind: Ingress
metadata: { name: legacy }
spec:
  backend: { serviceName: fallback, servicePort: 80 }
  rules:
    - host: old.example.com
      http:
        paths:
          - { backend: { serviceName: web, servicePort: 80 } }
`);
    const shop = get('k8s.ingress:default/shop');
    expect(shop.attributes).toEqual({ namespace: 'default', hosts: ['shop.example.com'] });
    expect(relations(shop)).toEqual([
      'backend → k8s.service:default/api',
      'backend → k8s.service:default/fallback',
      'backend → k8s.service:default/web',
    ]);
    const legacy = get('k8s.ingress:default/legacy');
    expect(legacy.attributes.hosts).toEqual(['old.example.com']);
    expect(relations(legacy)).toEqual([
      'backend → k8s.service:default/fallback',
      'backend → k8s.service:default/web',
    ]);
  });

  it('Gateway API: listener hostnames, HTTPRoute hostnames, parents and backends across namespaces', () => {
    const { get, ids } = normalizeText(`apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: edge, namespace: infra }
spec:
  gatewayClassName: cloud
  listeners:
    - { name: https, protocol: HTTPS, port: 443, hostname: "*.example.com" }
    - { name: http, protocol: HTTP, port: 80 }
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: shop }
spec:
  parentRefs: [{ name: edge, namespace: infra }]
  hostnames: [shop.example.com]
  rules:
    - backendRefs: [{ name: web, port: 80 }, { kind: ServiceImport, name: remote }]
---
${service('web', 'app: web')}---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: { name: istio-gw }
spec: {}
`);
    const gateway = get('k8s.gateway:infra/edge');
    expect(gateway.attributes).toEqual({ namespace: 'infra', hosts: ['*.example.com'] });
    const route = get('k8s.httproute:default/shop');
    expect(route.attributes).toEqual({ namespace: 'default', hosts: ['shop.example.com'] });
    expect(relations(route)).toEqual([
      'backend → k8s.service:default/web',
      'parent → k8s.gateway:infra/edge',
    ]);
    // Istio's Gateway is another API: not modelled as a Gateway API gateway.
    expect(ids).not.toContain('k8s.gateway:default/istio-gw');
  });

  it('a Pod is ownedBy its controller when that is in the scan; the Service selects the controller only', () => {
    const { get } = normalizeText(`apiVersion: apps/v1
kind: ReplicaSet
metadata: { name: web-123 }
spec:
  replicas: 2
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: c, image: web:1 }] }
---
apiVersion: v1
kind: Pod
metadata:
  name: web-123-abc
  labels: { app: web }
  ownerReferences: [{ apiVersion: apps/v1, kind: ReplicaSet, name: web-123, uid: u }]
spec: { containers: [{ name: c, image: web:1 }] }
---
${service('web', 'app: web')}`);
    expect(relations(get('k8s.pod:default/web-123-abc'))).toEqual([
      'ownedBy → k8s.replicaset:default/web-123',
    ]);
    expect(relations(get('k8s.service:default/web'))).toEqual(['selects → k8s.replicaset:default/web-123']);
  });
});
