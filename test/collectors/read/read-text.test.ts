import { symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, readText } from '../../../src/collectors/read/index.js';
import { makeFolder, removeFolder, run } from './temp-folder.js';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeFolder));
});

async function fileWith(name: string, bytes: Uint8Array | string) {
  const folder = await makeFolder();
  folders.push(folder);
  const absolute = join(folder, name);
  await writeFile(absolute, bytes);
  return { absolute, relative: `infra/${name}` };
}

describe('readText', () => {
  it('reads UTF-8 text and drops a UTF-8 byte order mark', async () => {
    const file = await fileWith('bom.yaml', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('a: é\n')]));
    expect(await readText(file)).toEqual({ ok: true, text: 'a: é\n' });
  });

  it('refuses invalid UTF-8 with the line of the first bad byte, never U+FFFD', async () => {
    const bytes = Buffer.concat([
      Buffer.from('a: 1\nb: 2\nc: '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('\n'),
    ]);
    const file = await fileWith('bad.yaml', bytes);
    const outcome = await readText(file);
    expect(outcome).toEqual({
      ok: false,
      diagnostic: expect.objectContaining({
        code: 'encoding',
        level: 'error',
        file: 'infra/bad.yaml',
        line: 3,
      }),
    });
  });

  it('refuses UTF-16 with a byte order mark', async () => {
    const file = await fileWith('utf16.yaml', new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00]));
    const outcome = await readText(file);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.diagnostic.code).toBe('encoding');
    expect(outcome.diagnostic.message).toContain('UTF-16 is not supported');
  });

  it('refuses a 20 MB file quickly, naming the limit', async () => {
    const file = await fileWith('huge.yaml', '');
    await truncate(file.absolute, 20 * 1024 * 1024);
    const started = Date.now();
    const outcome = await readText(file);
    expect(Date.now() - started).toBeLessThan(500);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.diagnostic).toMatchObject({ code: 'file-too-large', file: 'infra/huge.yaml' });
    expect(outcome.diagnostic.message).toContain(String(DEFAULT_LIMITS.maxBytes));
  });

  it('honours a smaller limit and accepts a file exactly at it', async () => {
    const file = await fileWith('small.yaml', 'a: 12345\n');
    expect((await readText(file, { maxBytes: 8 })).ok).toBe(false);
    expect(await readText(file, { maxBytes: 9 })).toEqual({ ok: true, text: 'a: 12345\n' });
  });

  it('does not block on a FIFO: not-regular-file', async () => {
    const folder = await makeFolder();
    folders.push(folder);
    const absolute = join(folder, 'pipe.yaml');
    await run('mkfifo', [absolute]);
    const outcome = await readText({ absolute, relative: 'pipe.yaml' });
    expect(outcome).toEqual({
      ok: false,
      diagnostic: expect.objectContaining({ code: 'not-regular-file', file: 'pipe.yaml' }),
    });
  });

  it('refuses a path whose last part is a link (swapped after discovery), and reports a missing file', async () => {
    const file = await fileWith('real.yaml', 'a: 1\n');
    const link = join(file.absolute, '..', 'link.yaml');
    await symlink('/etc/passwd', link);
    const linked = await readText({ absolute: link, relative: 'link.yaml' });
    expect(linked.ok ? undefined : linked.diagnostic.code).toBe('not-regular-file');
    const missing = await readText({
      absolute: join(file.absolute, '..', 'gone.yaml'),
      relative: 'gone.yaml',
    });
    expect(missing.ok ? undefined : [missing.diagnostic.code, missing.diagnostic.file]).toEqual([
      'path-not-found',
      'gone.yaml',
    ]);
  });

  it('does not read a character device', async () => {
    const outcome = await readText({ absolute: '/dev/zero', relative: 'zero.yaml' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.diagnostic.code).toBe('not-regular-file');
  });
});
