import { resolve } from 'node:path';
import { loadPolicy } from '../config/index.js';
import { type ExitCode, exitCode } from '../gate/index.js';
import { REPORTERS, type ReportOptions } from '../report/index.js';
import { escapeText } from '../report/shared/escape.js';
import { scan } from '../scan.js';
import { formatDiagnostic } from './diagnostics.js';
import type { CliIo } from './io.js';
import type { ScanFlags } from './options.js';
import { pairReports, type ReportFlag } from './reports.js';
import { findRoot } from './root.js';
import { writeFileAtomic } from './write-file.js';

/**
 * `spof scan`: load the policy, scan, write every report, then decide the exit
 * code. A bad config stops before scanning; a failed report write is exit 2.
 */
export async function runScan(
  paths: string[],
  flags: ScanFlags,
  reportFlags: ReportFlag[],
  io: CliIo,
): Promise<ExitCode> {
  const requests = pairReports(reportFlags);
  const loaded = await loadPolicy(flags.config, io.cwd);
  if (loaded.diagnostics.some((d) => d.level === 'error')) {
    for (const diagnostic of loaded.diagnostics) io.stderr(formatDiagnostic(diagnostic));
    return 2;
  }
  const root = await findRoot(io.cwd);
  const result = await scan({
    paths: (paths.length > 0 ? paths : ['.']).map((path) => resolve(io.cwd, path)),
    root,
    policy: loaded.policy,
    ruleDirs: (flags.rules ?? []).map((dir) => resolve(io.cwd, dir)),
    today: io.today,
  });
  const noColor = !flags.color || (io.env.NO_COLOR ?? '') !== '';
  let writeFailed = false;
  for (const request of requests) {
    const options: ReportOptions = {
      colorLevel: request.output === undefined && !noColor ? io.stdoutColorLevel : 0,
      githubActions: io.env.GITHUB_ACTIONS === 'true',
    };
    const text = REPORTERS[request.format](result, options);
    if (request.output === undefined) {
      io.stdout(text);
      continue;
    }
    try {
      await writeFileAtomic(resolve(io.cwd, request.output), text);
    } catch (error) {
      writeFailed = true;
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      io.stderr(`spof: cannot write ${escapeText(request.output)} (${code})\n`);
    }
  }
  if (writeFailed) return 2;
  return exitCode({
    complete: result.complete,
    allowPartial: flags.allowPartial === true,
    findings: result.findings,
    failOn: flags.failOn,
    diagnostics: result.diagnostics,
  });
}
