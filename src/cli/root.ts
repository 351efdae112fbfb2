import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

/** The git top level of `cwd` when it is inside a work tree, else `cwd`: report paths are relative to it. */
export function findRoot(cwd: string): Promise<string> {
  return new Promise((done) => {
    execFile('git', ['rev-parse', '--show-toplevel'], { cwd, timeout: 10_000 }, (error, stdout) => {
      const top = stdout.trim();
      done(error === null && top !== '' ? resolve(top) : cwd);
    });
  });
}
