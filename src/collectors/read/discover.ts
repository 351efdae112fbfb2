import { lstat, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Discovery } from './discovered-file.js';
import { DiscoverySink } from './discovery-sink.js';
import { type FolderScan, loadSpofignore, reportPath } from './folder-scan.js';
import { scanGitListing } from './git-folder.js';
import { listGitFiles } from './git-listing.js';
import { IgnoreMatcher } from './ignore-matcher.js';
import { isInside, resolveLink } from './link-target.js';
import { readError } from './read-diagnostic.js';
import { walkFolder } from './walk-folder.js';

/** What discovery looks for in folders; a file named explicitly is read whatever its extension. */
export interface DiscoverOptions {
  /** File extensions with the dot, compared case-insensitively. */
  extensions?: string[];
}

export const DEFAULT_EXTENSIONS: readonly string[] = Object.freeze(['.yaml', '.yml', '.json', '.template']);

interface Context {
  root: string;
  realRoot: string;
  sink: DiscoverySink;
  seenFolders: Set<string>;
}

/**
 * Finds the input files under `paths` (files or folders, resolved against
 * `root`). In a git work tree git decides what belongs to the repository;
 * elsewhere a walker that honours `.gitignore`. Either way `.spofignore` at
 * a scanned folder excludes files (listed in coverage), links never lead out
 * of the root, and only regular files are returned. Finding nothing is not an
 * error here: the caller decides `no-inputs`.
 */
export async function discoverFiles(
  paths: string[],
  root: string,
  options: DiscoverOptions = {},
): Promise<Discovery> {
  const rootPath = resolve(root);
  const context: Context = {
    root: rootPath,
    realRoot: await realpath(rootPath).catch(() => rootPath),
    sink: new DiscoverySink(options.extensions ?? DEFAULT_EXTENSIONS),
    seenFolders: new Set(),
  };
  for (const given of paths) {
    try {
      await discoverPath(context, given);
    } catch (error) {
      // A folder removed or made unreadable while it is listed: the path is reported, the others go on.
      const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      const file = reportPath(context, resolve(rootPath, given));
      context.sink.report(readError('path-not-found', `the path could not be listed (${reason})`, file));
    }
  }
  return context.sink.result();
}

async function discoverPath(context: Context, given: string): Promise<void> {
  const { sink } = context;
  const absolute = resolve(context.root, given);
  const relative = reportPath(context, absolute);
  const stats = await lstat(absolute).catch(() => undefined);
  if (stats === undefined) {
    sink.report(readError('path-not-found', `the path \`${given}\` does not exist`, relative));
  } else if (stats.isDirectory()) {
    await scanFolder(context, absolute);
  } else if (stats.isFile()) {
    sink.addFile({ absolute, relative });
  } else if (stats.isSymbolicLink()) {
    const parent = await realpath(dirname(absolute)).catch(() => dirname(absolute));
    const boundary = isInside(parent, context.realRoot) ? context.realRoot : parent;
    const target = await resolveLink(absolute, boundary);
    if (target.kind === 'file') sink.addFile({ absolute: target.real, relative });
    else if (target.kind === 'folder') await scanFolder(context, absolute);
    else if (target.kind === 'outside')
      sink.skip(
        relative,
        'symlink-outside-root',
        'a symbolic link that leads outside the scanned root; not followed',
      );
    else sink.skip(relative, 'not-regular-file', 'a symbolic link that does not lead to a regular file');
  } else {
    sink.skip(
      relative,
      'not-regular-file',
      'not a regular file (a FIFO, socket or device), so it is not read',
    );
  }
}

async function scanFolder(context: Context, folder: string): Promise<void> {
  const realFolder = await realpath(folder);
  const identity = await stat(realFolder);
  context.seenFolders.add(`${identity.dev}:${identity.ino}`);
  const scan: FolderScan = {
    folder,
    root: context.root,
    boundary: isInside(realFolder, context.realRoot) ? context.realRoot : realFolder,
    spofignore: await loadSpofignore(folder),
    sink: context.sink,
    seenFolders: context.seenFolders,
  };
  const listed = await listGitFiles(folder).catch(() => undefined);
  if (listed === undefined) await walkFolder(scan, new IgnoreMatcher([]));
  else await scanGitListing(scan, listed);
}
