#!/usr/bin/env node
// The bin. Exit code 2 is set before anything else can fail, and lowered only
// by a run that wrote every report (reliability.md, "Exit codes and output").
process.exitCode = 2;
let crashed = false;

function crash(error: unknown): void {
  crashed = true;
  process.exitCode = 2;
  const description = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // Escape by hand: the report modules may be what failed to load.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
  const printable = description.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
  process.stderr.write(`spof: internal-error: ${printable}\n`);
}

process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

// Imported only now, so that a module that fails to load is an internal error (2), not Node's 1.
try {
  const { run } = await import('./program.js');
  const { supportsColor } = await import('chalk');
  const code = await run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutColorLevel: supportsColor === false ? 0 : supportsColor.level,
    today: new Date().toISOString().slice(0, 10),
  });
  if (!crashed) process.exitCode = code;
} catch (error) {
  crash(error);
}
