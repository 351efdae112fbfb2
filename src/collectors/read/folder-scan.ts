import { readFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import type { DiscoverySink } from './discovery-sink.js';
import { IgnoreMatcher } from './ignore-matcher.js';
import { parseIgnoreFile } from './ignore-rules.js';
import { resolveLink } from './link-target.js';

/** The state shared while one scanned folder is listed. */
export interface FolderScan {
  /** Absolute path of the scanned folder. */
  folder: string;
  /** Absolute path that reported paths are relative to. */
  root: string;
  /** Real path that symbolic links must resolve inside. */
  boundary: string;
  /** Rules of the scanned folder's `.spofignore`. */
  spofignore: IgnoreMatcher;
  sink: DiscoverySink;
  /** Folders already listed, by device and inode, across all scanned paths. */
  seenFolders: Set<string>;
}

export const SPOFIGNORE = '.spofignore';

/** POSIX path of `absolute` relative to the root. */
export function reportPath(scan: Pick<FolderScan, 'root'>, absolute: string): string {
  return relative(scan.root, absolute).split(sep).join('/');
}

/** Reads an ignore file into a matcher source; a missing file means no rules. */
export async function loadIgnoreFile(path: string): Promise<ReturnType<typeof parseIgnoreFile> | undefined> {
  try {
    return parseIgnoreFile(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

export async function loadSpofignore(folder: string): Promise<IgnoreMatcher> {
  const rules = await loadIgnoreFile(join(folder, SPOFIGNORE));
  return new IgnoreMatcher(rules === undefined ? [] : [{ base: '', rules }]);
}

/** Records a regular file found in the folder (`inFolder` is its POSIX path relative to the folder). */
export function considerFile(scan: FolderScan, absolute: string, inFolder: string): void {
  if (!scan.sink.wants(basename(absolute))) return;
  const relativePath = reportPath(scan, absolute);
  if (scan.spofignore.ignores(inFolder, false)) scan.sink.exclude(relativePath, `excluded by ${SPOFIGNORE}`);
  else scan.sink.addFile({ absolute, relative: relativePath });
}

/** Records a FIFO, socket or device found in the folder: never read. */
export function considerOther(scan: FolderScan, absolute: string, inFolder: string): void {
  if (!scan.sink.wants(basename(absolute))) return;
  const relativePath = reportPath(scan, absolute);
  if (scan.spofignore.ignores(inFolder, false)) scan.sink.exclude(relativePath, `excluded by ${SPOFIGNORE}`);
  else
    scan.sink.skip(
      relativePath,
      'not-regular-file',
      'not a regular file (a FIFO, socket or device), so it is not read',
    );
}

/**
 * Records a symbolic link found in the folder. Returns the real path and
 * identity of a folder it leads to inside the boundary, for the walker to list.
 */
export async function considerLink(
  scan: FolderScan,
  absolute: string,
  inFolder: string,
): Promise<{ real: string; identity: string } | undefined> {
  const wanted = scan.sink.wants(basename(absolute));
  const relativePath = reportPath(scan, absolute);
  const target = await resolveLink(absolute, scan.boundary);
  const relevant = wanted || (target.kind === 'outside' && target.isFolder) || target.kind === 'folder';
  if (!relevant) return undefined;
  if (scan.spofignore.ignores(inFolder, target.kind === 'folder')) {
    if (wanted) scan.sink.exclude(relativePath, `excluded by ${SPOFIGNORE}`);
    return undefined;
  }
  switch (target.kind) {
    case 'outside':
      scan.sink.skip(
        relativePath,
        'symlink-outside-root',
        'a symbolic link that leads outside the scanned root; not followed',
      );
      return undefined;
    case 'broken':
      scan.sink.skip(relativePath, 'not-regular-file', 'a symbolic link whose target does not exist');
      return undefined;
    case 'other':
      scan.sink.skip(
        relativePath,
        'not-regular-file',
        'a symbolic link to a FIFO, socket or device; not read',
      );
      return undefined;
    case 'file':
      scan.sink.addFile({ absolute: target.real, relative: relativePath });
      return undefined;
    case 'folder':
      return { real: target.real, identity: target.identity };
  }
}
