import { describe, expect, it } from 'vitest';
import { documentOf, factOf } from './helpers.js';

const CANARY = 'canary-k8s-secret-7f3a91';
const ENCODED = Buffer.from(CANARY).toString('base64');

describe('kubernetes collector: Secret values never become facts', () => {
  it('drops data, stringData and annotations of a Secret, keeping its identity', () => {
    const text = `apiVersion: v1
kind: Secret
metadata:
  name: db-credentials
  namespace: shop
  labels:
    app: db
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: '{"stringData":{"password":"${CANARY}"}}'
type: Opaque
data:
  password: ${ENCODED}
stringData:
  token: ${CANARY}
`;
    const { document, diagnostics } = documentOf(text);
    const fact = factOf(document, 'shop/Secret/db-credentials');
    expect(fact.type).toBe('Secret');
    expect(fact.properties).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      type: 'Opaque',
      metadata: { name: 'db-credentials', namespace: 'shop', labels: { app: 'db' } },
    });
    const everything = JSON.stringify({ document, diagnostics });
    expect(everything).not.toContain(CANARY);
    expect(everything).not.toContain(ENCODED);
  });

  it('drops Secret values inside a List too', () => {
    const { document } = documentOf(`apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Secret
    metadata:
      name: s
    stringData:
      key: ${CANARY}
`);
    expect(JSON.stringify(document)).not.toContain(CANARY);
    expect(document.resources.map((fact) => fact.id)).toEqual(['default/Secret/s']);
  });
});
