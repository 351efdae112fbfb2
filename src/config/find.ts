import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/** File names looked for in the working folder when `--config` is not given; the first found wins. */
export const CONFIG_FILE_NAMES = ['spof.yml', 'spof.yaml'] as const;

export type FoundConfig =
  | { kind: 'none' }
  | { kind: 'file'; path: string }
  | { kind: 'refused'; path: string; message: string };

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Finds `spof.yml` or `spof.yaml` in `cwd`. A dangling link is not "no
 * config" (that would silently drop the policy), and a link out of the folder
 * is refused, never opened (reliability.md, "Reading files").
 */
export async function findConfig(cwd: string): Promise<FoundConfig> {
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(cwd, name);
    const stat = await lstat(path).catch(() => undefined);
    if (stat === undefined) continue;
    if (!stat.isSymbolicLink()) return { kind: 'file', path };
    const target = await realpath(path).catch(() => undefined);
    if (target === undefined) return { kind: 'refused', path, message: `${name} is a link to nothing` };
    if (!isInside(await realpath(cwd), target)) {
      return {
        kind: 'refused',
        path,
        message: `${name} links outside the working folder, so it is not read`,
      };
    }
    return { kind: 'file', path };
  }
  return { kind: 'none' };
}

/** Repo-style POSIX path relative to `cwd` when inside it, else the absolute path. */
export function displayPath(path: string, cwd: string): string {
  if (!isInside(cwd, path) || path === cwd) return path;
  return relative(cwd, path).split(sep).join('/');
}
