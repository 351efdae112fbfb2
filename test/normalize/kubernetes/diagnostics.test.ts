import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import { CONTAINER, deployment, normalizeText, normalizeTexts } from './helpers.js';

const brief = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.map(({ code, level, file, line }) => ({ code, level, file, line }));

describe('kubernetes normalizer: diagnostics', () => {
  it('two objects with one kind, namespace and name: duplicate-object naming both places, the first kept', () => {
    const { diagnostics, get, ids } = normalizeTexts({
      'a.yaml': deployment('web', CONTAINER, 'replicas: 2'),
      'b.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\n---\n${deployment('web', CONTAINER, 'replicas: 5')}`,
    });
    expect(brief(diagnostics)).toEqual([
      { code: 'duplicate-object', level: 'error', file: 'b.yaml', line: 6 },
    ]);
    expect(diagnostics[0]?.message).toContain('a.yaml:2');
    expect(diagnostics[0]?.message).toContain('b.yaml:6');
    expect(ids.filter((id) => id === 'k8s.deployment:default/web')).toHaveLength(1);
    expect(get('k8s.deployment:default/web').attributes.count).toBe(2);
  });

  it('same name in another namespace or of another kind is no duplicate', () => {
    const { diagnostics } = normalizeText(
      `${deployment('web', CONTAINER)}---\napiVersion: v1\nkind: Service\nmetadata: { name: web, namespace: other }\n`,
    );
    expect(diagnostics).toEqual([]);
  });

  it('a Service or PDB whose selector matches nothing: unmatched-selector warning at its line', () => {
    const { diagnostics } = normalizeText(`${deployment('web', CONTAINER)}---
apiVersion: v1
kind: Service
metadata: { name: typo }
spec:
  selector: { app: wbe }
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: nothing }
spec:
  minAvailable: 1
  selector: { matchLabels: { app: gone } }
---
apiVersion: v1
kind: Service
metadata: { name: external }
spec:
  type: ExternalName
  externalName: db.example.com
---
apiVersion: v1
kind: Service
metadata: { name: manual }
spec:
  ports: [{ port: 5432 }]
`);
    expect(brief(diagnostics)).toEqual([
      { code: 'unmatched-selector', level: 'warning', file: 'app.yaml', line: 20 },
      { code: 'unmatched-selector', level: 'warning', file: 'app.yaml', line: 26 },
    ]);
    expect(diagnostics[0]?.message).toContain('Service typo');
  });

  it('one unsupported-resource note per kind per file, at its first object', () => {
    const { diagnostics } = normalizeTexts({
      'a.yaml': `apiVersion: v1
kind: ServiceAccount
metadata: { name: one }
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: two }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: deny }
`,
      'b.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: three }\n',
    });
    expect(brief(diagnostics)).toEqual([
      { code: 'unsupported-resource', level: 'note', file: 'a.yaml', line: 2 },
      { code: 'unsupported-resource', level: 'note', file: 'a.yaml', line: 10 },
      { code: 'unsupported-resource', level: 'note', file: 'b.yaml', line: 2 },
    ]);
    expect(diagnostics[1]?.message).toContain('NetworkPolicy');
  });

  it('a Service an Ingress sends to, or a claim a pod uses, missing from the scan: dangling-reference', () => {
    const pod = `${CONTAINER}volumes:
  - name: data
    persistentVolumeClaim: { claimName: missing-claim }
`;
    const { diagnostics, get } = normalizeText(`${deployment('web', pod)}---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: shop }
spec:
  rules:
    - host: shop.example.com
      http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: nowhere, port: { number: 80 } } } }] }
`);
    expect(brief(diagnostics)).toEqual([
      { code: 'dangling-reference', level: 'warning', file: 'app.yaml', line: 2 },
      { code: 'dangling-reference', level: 'warning', file: 'app.yaml', line: 23 },
    ]);
    expect(get('k8s.ingress:default/shop').relations).toEqual([]);
  });
});
