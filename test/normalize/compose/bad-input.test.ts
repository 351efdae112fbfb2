import { describe, expect, it } from 'vitest';
import { lineOf, normalizeFiles, relationsOf } from './build.js';

describe('compose input that compose itself refuses', () => {
  const text = `services:
  web:
    image: nginx:1.25
    depends_on:
      - api
      - ghost
    volumes:
      - cache:/var/cache
    links: [phantom]
  api:
    environment:
      MODE: prod
`;
  const project = normalizeFiles({ 'app/compose.yaml': text });

  it('reports each dangling name with its line, as an error', () => {
    const byLine = [...project.diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const found = byLine.map((d) => `${d.code}/${d.level}@${d.file}:${d.line}`);
    expect(found).toEqual([
      `dangling-reference/error@app/compose.yaml:${lineOf(text, '- ghost')}`,
      `dangling-reference/error@app/compose.yaml:${lineOf(text, 'cache:/var')}`,
      `dangling-reference/error@app/compose.yaml:${lineOf(text, 'links')}`,
      `invalid-manifest/error@app/compose.yaml:${lineOf(text, '  api:')}`,
    ]);
    expect(byLine[0]?.message).toBe(
      'depends_on of service web names ghost, which is no service of project app',
    );
    expect(byLine[1]?.message).toBe(
      'service web mounts volume cache, which the top-level volumes of project app do not declare',
    );
    expect(byLine[3]?.message).toBe('service api has neither image nor build');
  });

  it('keeps the services and the relations that do resolve', () => {
    expect(relationsOf(project.component('compose.service:app/web'))).toEqual([
      `dependsOn->compose.service:app/api@${lineOf(text, '- api')}`,
    ]);
    expect(project.component('compose.service:app/api').kind).toBe('compose.service');
  });
});
