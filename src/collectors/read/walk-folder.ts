import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  considerFile,
  considerLink,
  considerOther,
  type FolderScan,
  loadIgnoreFile,
  reportPath,
} from './folder-scan.js';
import type { IgnoreMatcher } from './ignore-matcher.js';
import { readError } from './read-diagnostic.js';

interface PendingFolder {
  absolute: string;
  /** POSIX path relative to the scanned folder; '' for the folder itself. */
  inFolder: string;
  gitignore: IgnoreMatcher;
}

const NEVER_LISTED = new Set(['.git', 'node_modules']);

/**
 * Lists a folder outside any git work tree: an explicit stack (no recursion),
 * `lstat` semantics (a link is judged before it is followed), `.gitignore`
 * files honoured at every level, `.git` and `node_modules` skipped, and every
 * folder listed once by device and inode, so link cycles end.
 */
export async function walkFolder(scan: FolderScan, gitignore: IgnoreMatcher): Promise<void> {
  const stack: PendingFolder[] = [{ absolute: scan.folder, inFolder: '', gitignore }];
  while (stack.length > 0) {
    const folder = stack.pop() as PendingFolder;
    let entries: Dirent[];
    try {
      entries = await readdir(folder.absolute, { withFileTypes: true });
    } catch {
      scan.sink.report(
        readError('path-not-found', 'the folder could not be listed', reportPath(scan, folder.absolute)),
      );
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let matcher = folder.gitignore;
    if (entries.some((entry) => entry.name === '.gitignore' && entry.isFile())) {
      const rules = await loadIgnoreFile(join(folder.absolute, '.gitignore'));
      if (rules !== undefined) matcher = matcher.with({ base: folder.inFolder, rules });
    }
    const subfolders: PendingFolder[] = [];
    for (const entry of entries) {
      const absolute = join(folder.absolute, entry.name);
      const inFolder = folder.inFolder === '' ? entry.name : `${folder.inFolder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (NEVER_LISTED.has(entry.name) || matcher.ignores(inFolder, true)) continue;
        const stats = await stat(absolute);
        if (firstVisit(scan, `${stats.dev}:${stats.ino}`))
          subfolders.push({ absolute, inFolder, gitignore: matcher });
      } else if (matcher.ignores(inFolder, false)) {
        // git treats a symbolic link as a file when matching ignore rules.
      } else if (entry.isSymbolicLink()) {
        const folderTarget = await considerLink(scan, absolute, inFolder);
        if (folderTarget !== undefined && firstVisit(scan, folderTarget.identity)) {
          subfolders.push({ absolute, inFolder, gitignore: matcher });
        }
      } else if (entry.isFile()) {
        considerFile(scan, absolute, inFolder);
      } else {
        considerOther(scan, absolute, inFolder);
      }
    }
    stack.push(...subfolders.reverse());
  }
}

/** Marks a folder identity as listed; false when it was listed already. */
function firstVisit(scan: FolderScan, identity: string): boolean {
  if (scan.seenFolders.has(identity)) return false;
  scan.seenFolders.add(identity);
  return true;
}
