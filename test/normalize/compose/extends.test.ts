import { describe, expect, it } from 'vitest';
import { lineOf, normalizeFiles, relationsOf } from './build.js';

const text = `services:
  base:
    image: shop/app:3.2
    restart: always
    environment:
      DB_HOST: db
    depends_on: [db]
  web:
    extends: base
    ports: ["80:80"]
  worker:
    extends:
      service: web
    restart: on-failure
  db:
    image: postgres:16
`;

describe('compose extends within a project', () => {
  const project = normalizeFiles({ 'app/compose.yaml': text });

  it('inherits the settings a service does not set, along the whole chain', () => {
    const worker = project.component('compose.service:app/worker');
    expect(worker.attributes).toMatchObject({
      images: ['shop/app:3.2'],
      restart: 'on-failure',
      serviceType: 'LoadBalancer',
    });
    expect(project.component('compose.service:app/web').attributes.restart).toBe('always');
  });

  it('inherits environment (so calls) but never depends_on, and points at the file that wrote it', () => {
    expect(relationsOf(project.component('compose.service:app/web'))).toEqual([
      `calls->compose.service:app/db@${lineOf(text, 'DB_HOST')}`,
    ]);
    expect(project.diagnostics).toEqual([]);
  });

  it('reports a name that is no service, and a cycle once', () => {
    const broken = `services:
  a:
    extends: b
  b:
    extends: {service: a}
  c:
    image: x
    extends: ghost
`;
    const result = normalizeFiles({ 'p/compose.yaml': broken });
    const found = result.diagnostics.map((d) => `${d.code}/${d.level}@${d.line}`).sort();
    expect(found).toEqual(
      [
        `dangling-reference/error@${lineOf(broken, 'extends: ghost')}`,
        `invalid-manifest/error@${lineOf(broken, 'extends: {service: a}')}`,
        // a and b end up with neither image nor build.
        `invalid-manifest/error@${lineOf(broken, '  a:')}`,
        `invalid-manifest/error@${lineOf(broken, '  b:')}`,
      ].sort(),
    );
  });

  it('does not call a service incomplete when it extends one of a file that is not read', () => {
    const other = 'services:\n  web:\n    extends:\n      file: common.yaml\n      service: web\n';
    const result = normalizeFiles({ 'q/compose.yaml': other });
    expect(result.diagnostics.map((d) => `${d.code}/${d.level}@${d.line}`)).toEqual([
      'unresolved-value/warning@3',
    ]);
  });
});
