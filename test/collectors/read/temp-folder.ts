import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

export const run = promisify(execFile);

/** A fresh folder under the OS temp dir, filled with `files` (POSIX relative path → content). */
export async function makeFolder(files: Record<string, string> = {}): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'spof-read-'));
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(folder, ...path.split('/'));
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, content);
  }
  return folder;
}

export async function removeFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
}

/** Turns a folder into a git work tree (no commit needed: untracked files are listed too). */
export async function gitInit(folder: string): Promise<void> {
  await run('git', ['init', '-q'], { cwd: folder });
}
