import { describe, expect, it } from 'vitest';
import { deployment, normalizeTexts } from './helpers.js';

const ENV_CANARY = 'canary-env-value-51c2e8';
const SECRET_CANARY = 'canary-secret-value-0b77d4';

describe('kubernetes normalizer: env and Secret values never reach the model or diagnostics', () => {
  it('keeps only derived relations from env values', () => {
    const pod = `containers:
  - name: app
    image: shop/app:1
    env:
      - { name: TOKEN, value: "${ENV_CANARY}" }
      - { name: DB, value: "postgres://admin:${ENV_CANARY}@db:5432/shop" }
      - { name: BAD, value: "${ENV_CANARY}:99999999" }
      - name: FROM_SECRET
        valueFrom: { secretKeyRef: { name: creds, key: password } }
`;
    const result = normalizeTexts({
      'app.yaml': deployment('app', pod),
      'db.yaml': 'apiVersion: v1\nkind: Service\nmetadata: { name: db }\nspec: { selector: { app: db } }\n',
      'secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata: { name: creds }\nstringData: { password: ${SECRET_CANARY} }\n`,
      'config.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: unread }\ndata: { key: ${ENV_CANARY} }\n`,
    });
    const output = JSON.stringify({ components: result.components, diagnostics: result.diagnostics });
    expect(output).not.toContain(ENV_CANARY);
    expect(output).not.toContain(SECRET_CANARY);
    expect(result.get('k8s.deployment:default/app').relations.map((relation) => relation.target)).toEqual([
      'k8s.service:default/db',
    ]);
  });
});
