import { lstat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { considerFile, considerLink, considerOther, type FolderScan } from './folder-scan.js';

/**
 * Records the files git lists under the scanned folder. Paths git lists but
 * that no longer exist (deleted, not yet staged) are dropped. Git never
 * descends into a linked folder, so links to folders are not followed here.
 */
export async function scanGitListing(scan: FolderScan, listed: readonly string[]): Promise<void> {
  for (const inFolder of [...listed].sort()) {
    if (!scan.sink.wants(basename(inFolder))) continue;
    const absolute = join(scan.folder, ...inFolder.split('/'));
    let stats: Awaited<ReturnType<typeof lstat>>;
    try {
      stats = await lstat(absolute);
    } catch {
      continue;
    }
    if (stats.isFile()) considerFile(scan, absolute, inFolder);
    else if (stats.isSymbolicLink()) await considerLink(scan, absolute, inFolder);
    else if (!stats.isDirectory()) considerOther(scan, absolute, inFolder);
  }
}
