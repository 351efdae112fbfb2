import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { run } from '../../src/cli/program.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = 'test/cli/fixtures';

export interface RunOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, from `cwd` (the repo root by default). */
export async function cli(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string>; colorLevel?: 0 | 1 | 2 | 3 } = {},
): Promise<RunOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: options.cwd ?? REPO,
    env: options.env ?? {},
    stdoutColorLevel: options.colorLevel ?? 0,
    today: '2026-12-03',
  });
  return { code, stdout, stderr };
}

const created: string[] = [];
// Registered by every test file that imports the harness; removes that file's folders.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spof-cli-'));
  created.push(dir);
  return dir;
}

/** Options that write the JSON report to `dir`/r.json and the SARIF report to `dir`/r.sarif. */
export function jsonAndSarifTo(dir: string): string[] {
  return [
    '--format',
    'json',
    '--output',
    join(dir, 'r.json'),
    '--format',
    'sarif',
    '--output',
    join(dir, 'r.sarif'),
  ];
}

export function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}
