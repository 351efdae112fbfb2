import { describe, expect, it } from 'vitest';
import { kubernetes } from '../../../src/collectors/kubernetes/index.js';
import { codes, collectText, documentOf, factOf, grepLines, idsAndLines } from './helpers.js';

const TWO_OBJECTS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 2
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
`;

describe('kubernetes collector: reading manifests', () => {
  it('reads every document of a stream, one fact per object at its kind: line', () => {
    const { document, diagnostics } = documentOf(TWO_OBJECTS);
    expect(diagnostics).toEqual([]);
    expect(document.format).toBe('kubernetes');
    expect(document.unit).toBe('k8s/app.yaml');
    expect(idsAndLines(document)).toEqual(['shop/Deployment/web@2', 'default/Service/web@10']);
    const deployment = factOf(document, 'shop/Deployment/web');
    expect(deployment.type).toBe('Deployment');
    expect(deployment.properties.spec).toEqual({ replicas: 2 });
    expect(deployment.location).toEqual({ file: 'k8s/app.yaml', line: 2 });
  });

  it('uses _cluster for cluster-scoped kinds, whatever namespace they claim', () => {
    const { document } = documentOf(`apiVersion: v1
kind: PersistentVolume
metadata:
  name: data
  namespace: ignored
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
`);
    expect(idsAndLines(document)).toEqual([
      '_cluster/PersistentVolume/data@2',
      '_cluster/StorageClass/fast@8',
    ]);
  });

  it('reads the output of helm template: # Source comments, empty documents, leading ---', () => {
    const text = `---
# Source: shop/templates/serviceaccount.yaml
---
# Source: shop/templates/service.yaml
apiVersion: v1
kind: Service
metadata:
  name: release-shop
---

---
# Source: shop/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: release-shop
`;
    const { document, diagnostics } = documentOf(text);
    expect(diagnostics).toEqual([]);
    expect(idsAndLines(document)).toEqual([
      'default/Service/release-shop@6',
      'default/Deployment/release-shop@14',
    ]);
  });

  it('flattens a List into its items, each at its own kind: line', () => {
    const { document } = documentOf(`apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Service
    metadata:
      name: a
  - metadata:
      name: b
    apiVersion: v1
    kind: ConfigMap
`);
    expect(idsAndLines(document)).toEqual(['default/Service/a@5', 'default/ConfigMap/b@11']);
  });

  it('lends a typed list its kind and apiVersion', () => {
    const { document } = documentOf(`apiVersion: apps/v1
kind: DeploymentList
items:
  - metadata:
      name: a
`);
    expect(idsAndLines(document)).toEqual(['default/Deployment/a@4']);
  });

  it('reads JSON: a single object and a List', () => {
    const single = documentOf(
      '{\n  "apiVersion": "v1",\n  "kind": "Service",\n  "metadata": {"name": "a"}\n}\n',
      'svc.json',
    );
    expect(idsAndLines(single.document)).toEqual(['default/Service/a@3']);
    const listText = JSON.stringify(
      {
        apiVersion: 'v1',
        kind: 'List',
        items: [
          { apiVersion: 'v1', kind: 'Service', metadata: { name: 'a' } },
          { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'b', namespace: 'x' } },
        ],
      },
      null,
      2,
    );
    const list = documentOf(listText, 'all.json');
    const [service, deployment] = [/"kind": "Service"/, /"kind": "Deployment"/].map(
      (pattern) => grepLines(listText, pattern)[0],
    );
    expect(idsAndLines(list.document)).toEqual([
      `default/Service/a@${service}`,
      `x/Deployment/b@${deployment}`,
    ]);
    expect(service).toBe(7);
  });

  it('merges << keys and keeps dates as strings (CORE schema)', () => {
    const { document } = documentOf(`apiVersion: v1
kind: ConfigMap
metadata:
  name: merged
data:
  <<: { since: 2024-01-01, size: small }
  size: large
`);
    const fact = factOf(document, 'default/ConfigMap/merged');
    expect(fact.properties.data).toEqual({ since: '2024-01-01', size: 'large' });
    expect(fact.type).toBe('ConfigMap');
  });

  it('passes on ambiguous scalars as warnings (replicas: 010 is 8 in YAML 1.1)', () => {
    const { diagnostics } = documentOf(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 010
`);
    expect(codes(diagnostics)).toEqual([{ code: 'ambiguous-scalar', level: 'warning', line: 6 }]);
  });

  it('is not applicable to YAML that is not Kubernetes', () => {
    expect(collectText('name: app\nkind: of-a-config\nversion: 2\n')).toEqual({ status: 'not-applicable' });
    expect(collectText('a: 1\n---\nb: 2\n')).toEqual({ status: 'not-applicable' });
    expect(collectText('{"name": "pkg", "version": "1.0.0"}', 'package.json')).toEqual({
      status: 'not-applicable',
    });
  });

  it('names an object with generateName by its prefix and line: each is a distinct object', () => {
    const job = 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: migrate-\n';
    const { document, diagnostics } = documentOf(`${job}---\n${job}`);
    expect(diagnostics).toEqual([]);
    expect(idsAndLines(document)).toEqual(['default/Job/migrate-@2@2', 'default/Job/migrate-@7@7']);
  });

  it('detects cheaply on text and on parsed values', () => {
    expect(kubernetes.detectText('apiVersion: v1\nkind: Service\n')).toBe(true);
    expect(kubernetes.detectText('services:\n  web:\n    image: nginx\n')).toBe(false);
    expect(kubernetes.detectValue({ apiVersion: 'v1', kind: 'Service' })).toBe(true);
    expect(kubernetes.detectValue({ apiVersion: 'v1' })).toBe(false);
    expect(kubernetes.detectValue({ apiVersion: 1, kind: 'Service' })).toBe(false);
    expect(kubernetes.detectValue(['apiVersion', 'kind'])).toBe(false);
    expect(kubernetes.extensions).toEqual(['.json', '.yaml', '.yml']);
  });
});
