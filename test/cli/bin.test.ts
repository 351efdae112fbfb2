import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, jsonAndSarifTo, REPO, readJson, tempDir } from './harness.js';

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

// `npx tsx` without npx's start-up cost.
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');

/** Runs the real bin in a child process, as a user or CI would. */
function spof(args: string[]): Promise<Exit> {
  return new Promise((done) => {
    execFile(
      TSX,
      ['src/cli/main.ts', ...args],
      { cwd: REPO, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** Runs the bin with a preload that fails asynchronously once main.ts has installed its handlers. */
function spofFailingWith(failure: string): Promise<Exit> {
  const event = failure.startsWith('Promise') ? 'unhandledRejection' : 'uncaughtException';
  const preload = `const t=setInterval(()=>{if(process.listenerCount("${event}")>0){clearInterval(t);${failure}}},1)`;
  const args = ['--import', 'tsx', '--import', `data:text/javascript,${preload}`, 'src/cli/main.ts'];
  return new Promise((done) => {
    execFile(
      process.execPath,
      [...args, 'scan', `${FIXTURES}/clean`],
      { cwd: REPO },
      (error, stdout, stderr) => {
        done({
          code: error === null ? 0 : typeof error.code === 'number' ? error.code : null,
          stdout,
          stderr,
        });
      },
    );
  });
}

describe('the spof bin (child process)', () => {
  it('exits 0, 1 and 2 on a clean, a failing and a malformed input', async () => {
    const [clean, failing, broken] = await Promise.all([
      spof(['scan', `${FIXTURES}/clean`]),
      spof(['scan', `${FIXTURES}/spof`]),
      spof(['scan', `${FIXTURES}/broken`]),
    ]);
    expect([clean.code, clean.stderr]).toEqual([0, '']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('database-single-zone');
    expect(broken.code).toBe(2);
    expect(broken.stdout).toContain('scan INCOMPLETE');
  });

  it('writes JSON and SARIF files; --allow-partial is not 2; a missing path is 2', async () => {
    const dir = tempDir();
    const [partial, missing] = await Promise.all([
      spof(['scan', `${FIXTURES}/broken`, '--allow-partial', ...jsonAndSarifTo(dir)]),
      spof(['scan', `${FIXTURES}/does-not-exist`]),
    ]);
    expect(partial.code).toBe(0);
    const json = readJson(join(dir, 'r.json'));
    expect(json.complete).toBe(false);
    const sarif = readJson(join(dir, 'r.sarif'));
    expect(sarif.runs).toHaveLength(1);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('path-not-found');
  });

  it('exits 2 on a usage error, with commander’s message on stderr', async () => {
    const usage = await spof(['scan', '--fail-on', 'sometimes']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("argument 'sometimes' is invalid");
  });

  it('turns an uncaught exception or unhandled rejection into internal-error and exit 2, never 1 or 0', async () => {
    const [thrown, rejected] = await Promise.all([
      spofFailingWith('setImmediate(()=>{throw new Error("boom")})'),
      spofFailingWith('Promise.reject(new TypeError("nope"))'),
    ]);
    expect([thrown.code, thrown.stderr]).toEqual([2, 'spof: internal-error: Error: boom\n']);
    expect([rejected.code, rejected.stderr]).toEqual([2, 'spof: internal-error: TypeError: nope\n']);
  });
});
