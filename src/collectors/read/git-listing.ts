import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const GIT_OPTIONS = {
  timeout: 60_000,
  maxBuffer: 512 * 1024 * 1024,
  env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
};

/**
 * The files git would show under `folder`: tracked, plus untracked ones not
 * ignored by .gitignore, .git/info/exclude or the global excludes file. POSIX
 * paths relative to `folder`. Undefined when `folder` is not in a git work
 * tree or git is not installed: the caller then walks the folder itself.
 */
export async function listGitFiles(folder: string): Promise<string[] | undefined> {
  try {
    const probe = await run('git', ['rev-parse', '--is-inside-work-tree'], { ...GIT_OPTIONS, cwd: folder });
    if (probe.stdout.trim() !== 'true') return undefined;
  } catch {
    return undefined;
  }
  const listed = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    ...GIT_OPTIONS,
    cwd: folder,
  });
  // Unmerged paths are listed once per stage.
  return [...new Set(listed.stdout.split('\u0000').filter((path) => path !== ''))];
}
