// biome-ignore-all lint/suspicious/noTemplateCurlyInString: compose interpolation is written with ${VAR} on purpose.
import { describe, expect, it } from 'vitest';
import { compose } from '../../../src/collectors/compose/index.js';
import { normalizeFiles } from './build.js';

const CANARY = 'CANARY-c0mp0se-s3cret';

const text = `services:
  api:
    image: shop/api:2.1
    ports: ["8080:8080"]
    environment:
      DATABASE_URL: postgres://shop:${CANARY}@db:5432/shop
      API_KEY: \${API_KEY:-${CANARY}}
      OTHER: \${MISSING}${CANARY}
    depends_on: [ghost]
  db:
    image: postgres:16
    environment:
      - POSTGRES_PASSWORD=${CANARY}
      - ${CANARY}
    volumes: ["undeclared:/data"]
  broken:
    environment:
      TOKEN: ${CANARY}
`;

describe('environment values stay out of everything reported', () => {
  it('learns the call through a URL with a password, and never shows the password', () => {
    const project = normalizeFiles({ 'shop/compose.yaml': text });
    expect(project.component('compose.service:shop/api').relations.map((r) => r.target)).toContain(
      'compose.service:shop/db',
    );
    // Components (attributes, relations, names, conditions) and every diagnostic, dangling and invalid ones included.
    expect(project.diagnostics.map((d) => d.code).sort()).toEqual([
      'dangling-reference',
      'dangling-reference',
      'invalid-manifest',
    ]);
    expect(JSON.stringify(project.components)).not.toContain(CANARY);
    expect(JSON.stringify(project.diagnostics)).not.toContain(CANARY);
  });

  it('keeps it out of a parse error on the same line', () => {
    const outcome = compose.collect({
      file: 'compose.yaml',
      text: `services:\n  a:\n    environment: {K: "${CANARY}}\n`,
    });
    expect(outcome.status).toBe('skipped');
    expect(JSON.stringify(outcome)).not.toContain(CANARY);
  });
});
