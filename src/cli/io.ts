/** What the CLI touches of the outside world, injected so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Colour level the terminal on stdout supports (chalk's detection); `NO_COLOR` and `--no-color` lower it to 0. */
  stdoutColorLevel: 0 | 1 | 2 | 3;
  /** Today's date (YYYY-MM-DD, UTC), for suppression expiry. */
  today: string;
}

/** A bad command line: reported on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
