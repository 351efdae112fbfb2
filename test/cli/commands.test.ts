import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_CONFIG } from '../../src/config/index.js';
import { cli, tempDir } from './harness.js';

describe('usage errors exit 2', () => {
  it('an unknown option, a bad --fail-on, a bad --format, two reports on stdout, no command', async () => {
    for (const argv of [
      ['scan', '--bogus'],
      ['scan', '--fail-on', 'fatal'],
      ['scan', '--format', 'html'],
      ['scan', '--format', 'json', '--output', 'a.json', '--format', 'xml', '--output', 'b.xml'],
      ['scan', '--format', 'json', '--format', 'sarif'],
      ['scan', '--output', 'a.json'],
      [],
    ]) {
      const { code, stderr } = await cli(argv);
      expect([argv, code]).toEqual([argv, 2]);
      expect(stderr).not.toBe('');
    }
  });

  it('--help and --version exit 0', async () => {
    const help = await cli(['scan', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-on <severity>');
    expect(help.stdout.replace(/\s+/g, ' ')).toContain(
      '(choices: "error", "warning", "note", "none", default: "error")',
    );
    expect(help.stdout).toContain('--allow-partial');
    const version = await cli(['--version']);
    expect([version.code, version.stdout]).toEqual([0, '0.1.0\n']);
  });
});

describe('spof rules', () => {
  it('lists every rule with id, severity, category and title', async () => {
    const { code, stdout } = await cli(['rules']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+severity\s+category\s+title$/);
    expect(
      lines.some((line) => /^single-nat-gateway\s+(error|warning|note)\s+placement\s+\S/.test(line)),
    ).toBe(true);
    expect(lines.length).toBeGreaterThan(15);
  });
});

describe('spof init', () => {
  it('writes the starter spof.yml, refuses to overwrite it, and overwrites with --force', async () => {
    const dir = tempDir();
    expect(await cli(['init'], { cwd: dir })).toEqual({ code: 0, stdout: 'wrote spof.yml\n', stderr: '' });
    expect(readFileSync(join(dir, 'spof.yml'), 'utf8')).toBe(STARTER_CONFIG);
    writeFileSync(join(dir, 'spof.yml'), 'mine\n');
    const again = await cli(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(join(dir, 'spof.yml'), 'utf8')).toBe('mine\n');
    expect((await cli(['init', '--force'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'spof.yml'), 'utf8')).toBe(STARTER_CONFIG);
  });
});
