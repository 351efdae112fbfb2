import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readExpected, runFixture } from './support/pipeline.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/rules/', import.meta.url));

const subfolders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

describe.each(subfolders(FIXTURES))('rule %s', (id) => {
  it.each(subfolders(join(FIXTURES, id)))('%s reports exactly the expected nodes', async (name) => {
    const folder = join(FIXTURES, id, name);
    const [{ findings, diagnostics }, expected] = await Promise.all([
      runFixture(id, folder),
      readExpected(folder),
    ]);
    expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    expect(findings.map((f) => f.node.id).sort()).toEqual(expected);
    for (const finding of findings) {
      expect(finding.message).not.toMatch(/\{\{|\}\}/);
      expect(finding.locations.length).toBeGreaterThan(0);
    }
  });
});
