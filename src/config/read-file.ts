import { constants, open } from 'node:fs/promises';

// A spof.yml is a few kilobytes; a larger file is a mistake or an attack (a link to /dev/zero).
const MAX_CONFIG_BYTES = 1024 * 1024;

export type ConfigText = { ok: true; text: string } | { ok: false; message: string };

/** Reads a config file: a regular file under the size limit, strict UTF-8 with an optional BOM. */
export async function readConfigText(path: string): Promise<ConfigText> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // O_NONBLOCK: a FIFO named spof.yml must not block the run waiting for a writer.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message: code === 'ENOENT' ? 'config file not found' : `cannot open config file (${code})`,
    };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, message: 'config path is not a regular file' };
    if (stat.size > MAX_CONFIG_BYTES)
      return { ok: false, message: `config file is larger than ${MAX_CONFIG_BYTES} bytes` };
    const bytes = await handle.readFile();
    if (bytes.length > MAX_CONFIG_BYTES)
      return { ok: false, message: `config file is larger than ${MAX_CONFIG_BYTES} bytes` };
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      return { ok: true, text };
    } catch {
      return { ok: false, message: 'config file is not valid UTF-8' };
    }
  } finally {
    await handle.close();
  }
}
