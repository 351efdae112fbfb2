import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { ExitCode } from '../gate/index.js';
import { escapeText } from '../report/shared/escape.js';
import { VERSION } from '../version.js';
import { runInit } from './init-command.js';
import { type CliIo, UsageError } from './io.js';
import { INIT_OPTIONS, type OptionSpec, RULES_OPTIONS, SCAN_OPTIONS, type ScanFlags } from './options.js';
import type { ReportFlag } from './reports.js';
import { runRulesList } from './rules-command.js';
import { runScan } from './scan-command.js';

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Turns a table row into a commander Option; `onValue` sees every occurrence in command-line order. */
function toOption(spec: OptionSpec, onValue?: (value: string) => void): Option {
  const option = new Option(spec.flags, spec.description);
  if (spec.choices !== undefined) option.choices(spec.choices);
  if (spec.defaultValue !== undefined) option.default(spec.defaultValue);
  if (spec.repeatable === true) {
    // A custom parser replaces the one choices() installs, so the choices are checked here.
    option.argParser((value: string, previous: string[] | undefined) => {
      if (spec.choices !== undefined && !spec.choices.includes(value)) {
        throw new InvalidArgumentError(`Allowed choices are ${spec.choices.join(', ')}.`);
      }
      onValue?.(value);
      return collect(value, previous);
    });
  }
  return option;
}

function addOptions(command: Command, specs: Record<string, OptionSpec>): void {
  for (const spec of Object.values(specs)) command.addOption(toOption(spec));
}

/**
 * Runs the CLI on `argv` (without node and script) and returns the exit code.
 * Never exits and never throws: an unexpected error is an `internal-error`, 2.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let code: ExitCode = 2;
  const reportFlags: ReportFlag[] = [];
  const program = new Command('spof')
    .description('Finds single points of failure in infrastructure-as-code.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run spof --help for usage)');

  const scanCommand = program
    .command('scan')
    .description('scan files or folders and report single points of failure');
  scanCommand.argument('[paths...]', 'files or folders to scan', ['.']);
  const { format, output, ...rest } = SCAN_OPTIONS;
  scanCommand.addOption(toOption(format, (value) => reportFlags.push({ flag: 'format', value })));
  scanCommand.addOption(toOption(output, (value) => reportFlags.push({ flag: 'output', value })));
  addOptions(scanCommand, rest);
  scanCommand.action(async (paths: string[], flags: ScanFlags) => {
    code = await runScan(paths, flags, reportFlags, io);
  });

  const rulesCommand = program.command('rules').description('list the rules: id, severity, category, title');
  addOptions(rulesCommand, RULES_OPTIONS);
  rulesCommand.action(async (flags: { rules?: string[] }) => {
    code = await runRulesList(flags.rules ?? [], io);
  });

  const initCommand = program.command('init').description('write a commented starter spof.yml');
  addOptions(initCommand, INIT_OPTIONS);
  initCommand.action(async (flags: { force?: boolean }) => {
    code = await runInit(flags.force === true, io);
  });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      io.stderr(`spof: ${escapeText(error.message)}\n`);
      return 2;
    }
    const description = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr(`spof: internal-error: ${escapeText(description)}\n`);
    return 2;
  }
}
