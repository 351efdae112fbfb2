import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { END_MARKER, main, renderRules, START_MARKER, updateReadme } from '../../scripts/readme-rules.js';
import { loadRules } from '../../src/rules/index.js';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));

describe('readme-rules', () => {
  it('renders one row and one section per rule, in id order, replacing only the marked block', async () => {
    const { rules } = await loadRules([]);
    const before = `# spof\n\nintro\n\n${START_MARKER}\nold table\n${END_MARKER}\n\nafter\n`;
    const after = updateReadme(before, rules);
    expect(after.startsWith('# spof\n\nintro\n\n<!-- rules:start -->\n')).toBe(true);
    expect(after.endsWith(`${END_MARKER}\n\nafter\n`)).toBe(true);
    expect(after).not.toContain('old table');
    const rows = after.split('\n').filter((line) => line.startsWith('| [`'));
    expect(rows).toHaveLength(rules.length);
    expect(rows.map((row) => /`([^`]+)`/.exec(row)?.[1])).toEqual(rules.map((rule) => rule.id));
    expect(rows).toContain(
      '| [`single-nat-gateway`](#single-nat-gateway) | warning | placement | One NAT gateway serving private subnets in several zones |',
    );
    for (const rule of rules) expect(after).toContain(`\n### ${rule.id}\n`);
    expect(updateReadme(after, rules)).toBe(after);
  });

  it('escapes pipes in titles and refuses a README without markers', () => {
    const [row] = renderRules([
      {
        id: 'x',
        title: 'a | b',
        severity: 'note',
        category: 'control',
        message: 'm',
        rationale: 'r',
        remediation: 'f',
        helpUri: 'https://example.com',
        tags: [],
        check: 'attribute-predicate',
        options: {},
        file: 'rules/x.yaml',
      },
    ])
      .split('\n')
      .filter((line) => line.startsWith('| [`'));
    expect(row).toBe('| [`x`](#x) | note | control | a \\| b |');
    expect(() => updateReadme('# no markers\n', [])).toThrow(/rules:start/);
  });

  it('--check exits 1 on a stale file and 0 once regenerated; a file without markers exits 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spof-readme-'));
    try {
      const file = join(dir, 'README.md');
      await writeFile(file, `# x\n${START_MARKER}\nstale\n${END_MARKER}\n`);
      expect(await main(['--check', '--readme', file])).toBe(1);
      expect(await readFile(file, 'utf8')).toContain('stale');
      expect(await main(['--readme', file])).toBe(0);
      expect(await main(['--check', '--readme', file])).toBe(0);
      expect(await readFile(file, 'utf8')).toContain('### single-point-of-failure');
      await writeFile(file, '# no markers\n');
      expect(await main(['--check', '--readme', file])).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('README.md is up to date (--check)', async () => {
    const readme = await readFile(README, 'utf8');
    if (!readme.includes(START_MARKER)) return expect.fail('README.md has no rules markers');
    expect(await main(['--check'])).toBe(0);
  });
});
