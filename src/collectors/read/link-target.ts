import { realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';

/** Where a symbolic link leads, judged against the folder it must stay inside. */
export type LinkTarget =
  | { kind: 'outside'; isFolder: boolean }
  | { kind: 'broken' }
  | { kind: 'file'; real: string }
  | { kind: 'folder'; real: string; identity: string }
  | { kind: 'other'; real: string };

/** Resolves a link without opening its target; `boundary` is a real (resolved) path. */
export async function resolveLink(linkPath: string, boundary: string): Promise<LinkTarget> {
  let real: string;
  try {
    real = await realpath(linkPath);
  } catch {
    return { kind: 'broken' };
  }
  // stat reads metadata only: a target outside the boundary is never opened.
  const stats = await stat(real).catch(() => undefined);
  if (!isInside(real, boundary)) return { kind: 'outside', isFolder: stats?.isDirectory() ?? false };
  if (stats === undefined) return { kind: 'broken' };
  if (stats.isFile()) return { kind: 'file', real };
  if (stats.isDirectory()) return { kind: 'folder', real, identity: `${stats.dev}:${stats.ino}` };
  return { kind: 'other', real };
}

/** Whether real path `path` is `folder` or below it. */
export function isInside(path: string, folder: string): boolean {
  if (path === folder) return true;
  const prefix = folder.endsWith(sep) ? folder : folder + sep;
  return path.startsWith(prefix);
}
