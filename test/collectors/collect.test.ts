import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { collect } from '../../src/collectors/index.js';
import {
  COLLECTORS,
  collectedExtensions,
  collectorsFor,
  folderCollectorFor,
} from '../../src/collectors/registry.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = 'test/collectors/cloudformation/fixtures';

describe('the collector registry', () => {
  it('is sorted by id and lists the extensions discovery looks for', () => {
    expect(COLLECTORS.map((collector) => collector.id)).toEqual(['cloudformation', 'compose', 'kubernetes']);
    expect(collectedExtensions()).toEqual([
      '.json',
      '.template',
      '.tf',
      '.tf.json',
      '.tfvars',
      '.yaml',
      '.yml',
    ]);
    expect(folderCollectorFor('infra/network/main.tf')?.id).toBe('terraform');
    expect(folderCollectorFor('infra/network/x.tf.json')?.id).toBe('terraform');
    expect(folderCollectorFor('infra/stack.json')).toBeUndefined();
    expect(collectorsFor('a/B.YAML').map((collector) => collector.id)).toEqual([
      'cloudformation',
      'compose',
      'kubernetes',
    ]);
    expect(collectorsFor('notes.md')).toEqual([]);
  });
});

describe('collect', () => {
  const temporary: string[] = [];
  afterAll(async () => {
    await Promise.all(temporary.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it('accounts for every discovered file once, reads templates, leaves other files alone, keeps units unique', async () => {
    const result = await collect([FIXTURES], { root: ROOT });
    const coverage = result.coverage.map(({ file, status, format, reason }) => [
      file.slice(FIXTURES.length + 1),
      status,
      format ?? reason,
    ]);
    expect(coverage).toEqual([
      ['broken-template.yaml', 'skipped', 'cloudformation'],
      [
        'broken-unrelated.yaml',
        'not-applicable',
        'not recognised as a CloudFormation template, docker compose file or Kubernetes manifest',
      ],
      // The word "Resources" alone does not make them templates: the formats they are claim them.
      ['docker-compose.yml', 'analysed', 'compose'],
      ['k8s-deployment.yaml', 'analysed', 'kubernetes'],
      ['noecho.yaml', 'analysed', 'cloudformation'],
      ['serverless.template', 'analysed', 'cloudformation'],
      ['stack.template', 'analysed', 'cloudformation'],
      ['web-stack.json', 'analysed', 'cloudformation'],
      ['web-stack.yaml', 'analysed', 'cloudformation'],
    ]);
    expect(result.coverage.find((entry) => entry.status === 'skipped')?.reason).toBe('parse-error');
    const templates = result.documents.filter((document) => document.format === 'cloudformation');
    expect(templates.map((document) => document.unit)).toEqual([
      `${FIXTURES}/noecho`,
      `${FIXTURES}/serverless`,
      `${FIXTURES}/stack`,
      `${FIXTURES}/web-stack.json`,
      `${FIXTURES}/web-stack.yaml`,
    ]);
    expect(templates.map((document) => document.file.slice(FIXTURES.length + 1))).toEqual([
      'noecho.yaml',
      'serverless.template',
      'stack.template',
      'web-stack.json',
      'web-stack.yaml',
    ]);
  });

  it('sorts diagnostics by file, line and code, and never shows a NoEcho default', async () => {
    const result = await collect([FIXTURES], { root: ROOT });
    expect(
      result.diagnostics.map(({ file, line, code }) => [file?.slice(FIXTURES.length + 1), line, code]),
    ).toEqual([
      ['broken-template.yaml', 6, 'parse-error'],
      ['noecho.yaml', 16, 'dangling-reference'],
      ['noecho.yaml', 20, 'dangling-reference'],
    ]);
    expect(JSON.stringify(result)).not.toContain('canary-7f3a9c-secret');
  });

  it('reads a file named explicitly, and lists one no collector reads as not applicable', async () => {
    const result = await collect([`${FIXTURES}/notes.md`, `${FIXTURES}/web-stack.yaml`], { root: ROOT });
    expect(result.coverage.map(({ file, status }) => [file.slice(FIXTURES.length + 1), status])).toEqual([
      ['notes.md', 'not-applicable'],
      ['web-stack.yaml', 'analysed'],
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('keeps the diagnostic of a missing path and reports no-inputs when nothing was found', async () => {
    const result = await collect(['does/not/exist'], { root: ROOT });
    expect(result.diagnostics.map(({ code, level }) => [code, level])).toEqual([
      ['no-inputs', 'error'],
      ['path-not-found', 'error'],
    ]);
    expect(result.documents).toEqual([]);
    expect(result.coverage).toEqual([]);
  });

  it('reports no-inputs for a folder without any file a collector reads', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'spof-collect-'));
    temporary.push(folder);
    await writeFile(join(folder, 'README.md'), 'Resources: none here\n');
    const result = await collect(['.'], { root: folder });
    expect(result.diagnostics.map(({ code }) => code)).toEqual(['no-inputs']);
    expect(result.coverage).toEqual([]);
  });
});
