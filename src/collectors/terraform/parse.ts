import { parse } from '@cdktf/hcl2json';
import type { Diagnostic } from '../../model/diagnostic.js';

/** A file parsed by hcl2json: blocks as nested arrays of objects, expressions as `${...}` strings. */
export type ParsedFile = { ok: true; body: unknown } | { ok: false; diagnostic: Diagnostic };

// hcl2json reports `<file>:<line>,<column>-<line>,<column>: <summary>`.
const POSITION = /:(\d+),(\d+)-\d+,\d+:/;

/**
 * Parses one HCL file. The parser's message is never passed on (it can quote
 * source lines); only its position is kept.
 */
export async function parseHcl(file: string, text: string): Promise<ParsedFile> {
  try {
    return { ok: true, body: await parse(file, text) };
  } catch (error) {
    const diagnostic: Diagnostic = {
      code: 'parse-error',
      level: 'error',
      message: 'the file is not valid HCL',
      file,
    };
    const position = POSITION.exec(error instanceof Error ? error.message : String(error));
    if (position !== null) {
      diagnostic.line = Number(position[1]);
      diagnostic.column = Number(position[2]);
    }
    return { ok: false, diagnostic };
  }
}
