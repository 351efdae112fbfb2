import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy, STARTER_CONFIG, writeStarterConfig } from '../../src/config/index.js';
import { defaultPolicy } from '../../src/model/policy.js';
import { folderWith } from './temp-folder.js';

describe('spof init starter config', () => {
  it('writes a commented spof.yml that loads as the default policy', async () => {
    const dir = folderWith();
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
    const dir = folderWith();
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
