import { constants, type FileHandle, open } from 'node:fs/promises';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { DiscoveredFile } from './discovered-file.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import { readError } from './read-diagnostic.js';
import { firstInvalidUtf8Offset, lineOfOffset } from './utf8.js';

/** The decoded text of one file, or why it could not be read. */
export type ReadOutcome = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

type Failure = Extract<ReadOutcome, { ok: false }>;
type Fail = (code: Diagnostic['code'], message: string, line?: number) => Failure;

// O_NONBLOCK: opening a FIFO must not wait for a writer; regular files ignore the flag.
// O_NOFOLLOW: a file swapped for a link after discovery is not followed out of the root.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY | constants.O_NOFOLLOW;

/**
 * Reads one discovered file as UTF-8. Only regular files are read (a FIFO
 * would block forever, `/dev/zero` never ends), at most `limits.maxBytes`
 * bytes; a UTF-8 BOM is dropped, invalid bytes are a diagnostic, never U+FFFD.
 * The last path component must not be a link: discoverFiles already resolved it.
 */
export async function readText(
  file: DiscoveredFile,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<ReadOutcome> {
  const fail: Fail = (code, message, line) => ({
    ok: false,
    diagnostic: readError(code, message, file.relative, line === undefined ? {} : { line }),
  });
  let handle: FileHandle;
  try {
    handle = await open(file.absolute, OPEN_FLAGS);
  } catch (error) {
    const reason = errorCode(error);
    if (reason === 'ELOOP')
      return fail('not-regular-file', 'the file is a symbolic link; discovery resolves links');
    return fail('path-not-found', `the file could not be opened (${reason})`);
  }
  try {
    const bytes = await readBytes(handle, limits, fail);
    return bytes instanceof Uint8Array ? decode(bytes, fail) : bytes;
  } catch (error) {
    return fail('path-not-found', `the file could not be read (${errorCode(error)})`);
  } finally {
    await handle.close();
  }
}

async function readBytes(handle: FileHandle, limits: ReadLimits, fail: Fail): Promise<Uint8Array | Failure> {
  const stats = await handle.stat();
  if (!stats.isFile()) return fail('not-regular-file', 'not a regular file, so it is not read');
  const tooLarge = `the file is larger than the limit of ${limits.maxBytes} bytes`;
  if (stats.size > limits.maxBytes) return fail('file-too-large', tooLarge);
  // Read up to one byte past the limit: the file may have grown since stat.
  let buffer = new Uint8Array(Math.min(stats.size, limits.maxBytes) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limits.maxBytes) return fail('file-too-large', tooLarge);
      const grown = new Uint8Array(Math.min(buffer.length * 2, limits.maxBytes + 1));
      grown.set(buffer);
      buffer = grown;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return length > limits.maxBytes ? fail('file-too-large', tooLarge) : buffer.subarray(0, length);
}

function decode(bytes: Uint8Array, fail: Fail): ReadOutcome {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(
      'encoding',
      'the file is UTF-16 (byte order mark); UTF-16 is not supported, save it as UTF-8',
      1,
    );
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    const offset = firstInvalidUtf8Offset(body);
    return fail(
      'encoding',
      'the file is not valid UTF-8',
      offset === -1 ? undefined : lineOfOffset(body, offset),
    );
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown error';
}
