import { describe, expect, it } from 'vitest';
import { lineOf, normalizeFiles, relationsOf } from './build.js';

const BASE = `services:
  web:
    image: shop/web:1.0
    depends_on: [db]
  db:
    image: postgres:16
`;

const OVERRIDE = `services:
  web:
    image: shop/web:1.1
    deploy:
      replicas: 2
    ports: ["443:443"]
    environment:
      DATABASE_URL: postgres://db:5432/shop
  admin:
    image: shop/admin:1.0
    depends_on: [web]
`;

describe('compose projects across files', () => {
  it('merges an override of the same folder in file order, later files winning per key', () => {
    const project = normalizeFiles({ 'shop/compose.override.yaml': OVERRIDE, 'shop/compose.yaml': BASE });
    expect(project.components.map((each) => each.id)).toEqual([
      'compose.service:shop/admin',
      'compose.service:shop/db',
      'compose.service:shop/web',
    ]);
    const web = project.component('compose.service:shop/web');
    expect(web.attributes).toMatchObject({ images: ['shop/web:1.1'], count: 2, serviceType: 'LoadBalancer' });
    expect(web.locations).toEqual([
      { file: 'shop/compose.yaml', line: lineOf(BASE, '  web:') },
      { file: 'shop/compose.override.yaml', line: lineOf(OVERRIDE, '  web:') },
    ]);
    // Each relation points into the file whose setting won.
    expect(web.relations.map((r) => `${r.role}->${r.target}@${r.location.file}:${r.location.line}`)).toEqual([
      `calls->compose.service:shop/db@shop/compose.override.yaml:${lineOf(OVERRIDE, 'DATABASE_URL')}`,
      `dependsOn->compose.service:shop/db@shop/compose.yaml:${lineOf(BASE, 'depends_on')}`,
    ]);
    // A depends_on naming a service of the other file is not dangling.
    expect(project.diagnostics).toEqual([]);
  });

  it('drops a setting an override resets with !reset', () => {
    const reset = 'services:\n  web:\n    depends_on: !reset []\n';
    const project = normalizeFiles({ 'shop/compose.yaml': BASE, 'shop/docker-compose.dev.yml': reset });
    expect(project.component('compose.service:shop/web').relations).toEqual([]);
  });

  it('keeps files of different folders apart, even with the same services', () => {
    const project = normalizeFiles({ 'a/compose.yaml': BASE, 'b/compose.yaml': BASE });
    expect(project.components.map((each) => each.id)).toEqual([
      'compose.service:a/db',
      'compose.service:a/web',
      'compose.service:b/db',
      'compose.service:b/web',
    ]);
    expect(relationsOf(project.component('compose.service:b/web'))).toEqual([
      `dependsOn->compose.service:b/db@${lineOf(BASE, 'depends_on')}`,
    ]);
  });

  it('reports a service an override adds without an image, after merging', () => {
    const project = normalizeFiles({
      'shop/compose.yaml': BASE,
      'shop/compose.override.yaml': 'services:\n  extra:\n    restart: always\n',
    });
    expect(project.diagnostics.map((d) => `${d.code}@${d.file}:${d.line}`)).toEqual([
      'invalid-manifest@shop/compose.override.yaml:2',
    ]);
  });

  it('names a project by its declared name, the last one of a merged project winning', () => {
    const named = `name: storefront\n${BASE}`;
    expect(normalizeFiles({ 'x/compose.yaml': named }).components[0]?.cluster).toBe('storefront');
    const renamed = normalizeFiles({
      'x/compose.yaml': named,
      'x/compose.prod.yaml': 'name: shop-prod\nservices: {}\n',
    });
    expect(renamed.components.map((each) => each.cluster)).toEqual(['shop-prod', 'shop-prod']);
  });

  it('reads a folder without a base file as alternatives, each its own project', () => {
    const project = normalizeFiles({ 'stacks/blog.compose.yaml': BASE, 'stacks/wiki.compose.yaml': BASE });
    expect(project.components.map((each) => each.id)).toEqual([
      'compose.service:blog/db',
      'compose.service:blog/web',
      'compose.service:wiki/db',
      'compose.service:wiki/web',
    ]);
    const alone = normalizeFiles({ 'ops/docker-compose.prod.yml': BASE });
    expect(alone.components[0]?.cluster).toBe('ops');
  });

  it('tells apart projects that declare the same name in different folders', () => {
    const named = `name: app\n${BASE}`;
    const project = normalizeFiles({ 'one/compose.yaml': named, 'two/compose.yaml': named });
    expect(project.components.map((each) => each.cluster)).toEqual([
      'one/app',
      'one/app',
      'two/app',
      'two/app',
    ]);
  });
});
