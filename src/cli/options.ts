import { FAIL_ON_VALUES } from '../gate/index.js';
import { REPORT_FORMATS } from '../report/index.js';

/** One command-line option; commander's help text is generated from these. */
export interface OptionSpec {
  flags: string;
  description: string;
  choices?: readonly string[];
  defaultValue?: string;
  /** Repeatable: every occurrence is kept, in order. */
  repeatable?: boolean;
}

/** Options of `spof scan`, in the order help lists them. */
export const SCAN_OPTIONS = {
  format: {
    flags: '--format <format>',
    description: 'report format; repeat for several reports (default: console on stdout)',
    choices: REPORT_FORMATS,
    repeatable: true,
  },
  output: {
    flags: '--output <file>',
    description: 'write the report of the preceding --format to this file (without it: stdout)',
    repeatable: true,
  },
  config: {
    flags: '--config <file>',
    description: 'policy file (default: spof.yml or spof.yaml in the working folder)',
  },
  failOn: {
    flags: '--fail-on <severity>',
    description: 'exit 1 when a finding at or above this severity is not suppressed',
    choices: FAIL_ON_VALUES,
    defaultValue: 'error',
  },
  allowPartial: {
    flags: '--allow-partial',
    description: 'do not exit 2 when some input could not be read (reports still say the scan is partial)',
  },
  rules: {
    flags: '--rules <dir>',
    description: 'extra folder of rules/<id>.yaml files; repeatable',
    repeatable: true,
  },
  color: { flags: '--no-color', description: 'plain text on the terminal (NO_COLOR does the same)' },
} as const satisfies Record<string, OptionSpec>;

export const RULES_OPTIONS = {
  rules: SCAN_OPTIONS.rules,
} as const satisfies Record<string, OptionSpec>;

export const INIT_OPTIONS = {
  force: { flags: '--force', description: 'replace an existing spof.yml' },
} as const satisfies Record<string, OptionSpec>;

/** The parsed values of `spof scan`'s options, as commander hands them over. */
export interface ScanFlags {
  config?: string;
  failOn: (typeof FAIL_ON_VALUES)[number];
  allowPartial?: boolean;
  rules?: string[];
  color: boolean;
}
