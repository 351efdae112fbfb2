import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPolicy, STARTER_CONFIG, writeStarterConfig } from '../../src/config/index.js';
import { defaultPolicy } from '../../src/model/policy.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spof-init-'));
  dirs.push(dir);
  return dir;
}

describe('spof init starter config', () => {
  it('writes a commented spof.yml that loads as the default policy', async () => {
    const dir = tempDir();
    expect(await writeStarterConfig(dir, false)).toEqual({ written: true, file: join(dir, 'spof.yml') });
    expect(readFileSync(join(dir, 'spof.yml'), 'utf8')).toBe(STARTER_CONFIG);
    expect(STARTER_CONFIG).toContain('# Accepted findings');
    const { policy, diagnostics } = await loadPolicy(undefined, dir);
    expect(diagnostics).toEqual([]);
    expect({ ...policy, file: undefined, rules: { ...policy.rules } }).toEqual({
      ...defaultPolicy(),
      file: undefined,
    });
  });

  it('refuses to overwrite without force, and overwrites with it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'spof.yml'), 'mine\n');
    expect(await writeStarterConfig(dir, false)).toEqual({
      written: false,
      file: join(dir, 'spof.yml'),
      reason: 'exists',
    });
    expect(readFileSync(join(dir, 'spof.yml'), 'utf8')).toBe('mine\n');
    expect((await writeStarterConfig(dir, true)).written).toBe(true);
    expect(readFileSync(join(dir, 'spof.yml'), 'utf8')).toBe(STARTER_CONFIG);
  });
});
