import { writeStarterConfig } from '../config/index.js';
import type { CliIo } from './io.js';

/** `spof init`: writes a commented starter spof.yml in the working folder. */
export async function runInit(force: boolean, io: CliIo): Promise<0 | 2> {
  const result = await writeStarterConfig(io.cwd, force);
  if (!result.written) {
    io.stderr('spof: spof.yml already exists; use --force to replace it\n');
    return 2;
  }
  io.stdout('wrote spof.yml\n');
  return 0;
}
