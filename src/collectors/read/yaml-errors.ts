import { YAMLException } from 'js-yaml';
import type { Diagnostic, DiagnosticCode } from '../../model/diagnostic.js';
import { readError, safeName } from './read-diagnostic.js';

interface Translation {
  code: DiagnosticCode;
  message: string;
}

// js-yaml's `reason` is matched, never shown: its message quotes source lines, and a secret can leak.
const TRANSLATIONS: Array<[RegExp, Translation]> = [
  [/^nesting exceeded maxDepth/, { code: 'depth-limit', message: 'nesting is deeper than the limit' }],
  [
    /^merge keys exceeded|^abnormal merge sequence/,
    { code: 'alias-limit', message: 'merge keys copy too many keys' },
  ],
  [
    /^undeclared tag handle/,
    { code: 'unknown-tag', message: 'a tag uses a handle that no %TAG directive declares' },
  ],
  [
    /^unacceptable node kind for|^cannot resolve a node with/,
    { code: 'parse-error', message: 'a tag is applied to a kind of value it does not accept' },
  ],
  [
    /^unidentified alias/,
    { code: 'parse-error', message: 'an alias refers to an anchor that is not defined before it' },
  ],
  [/^bad indentation|^missing indentation/, { code: 'parse-error', message: 'bad indentation' }],
  [/^tab characters/, { code: 'parse-error', message: 'a tab is used for indentation' }],
  [
    /^unexpected end of the (stream|document) within a (single|double) quoted/,
    { code: 'parse-error', message: 'a quoted string is not closed' },
  ],
  [
    /^unexpected end of the stream within a flow collection/,
    { code: 'parse-error', message: 'a [ or { is not closed' },
  ],
  [
    /^missed comma/,
    { code: 'parse-error', message: 'a comma is missing between entries of a [ ] or { } collection' },
  ],
  [
    /colon is missed|multiline key/,
    { code: 'parse-error', message: 'a mapping entry has no `:` after its key' },
  ],
  [
    /^null byte|^the stream contains non-printable/,
    { code: 'encoding', message: 'the file contains non-printable characters' },
  ],
  [
    /^end of the stream or a document separator is expected/,
    { code: 'parse-error', message: 'unexpected content after the end of the document' },
  ],
];

/** Turns a js-yaml failure into our diagnostic; rethrows anything that is not a parse failure. */
export function yamlFailure(error: unknown, file: string, input: string): Diagnostic {
  if (error instanceof RangeError) return readError('depth-limit', 'nesting is too deep to read', file);
  if (!(error instanceof YAMLException)) throw error;
  const position =
    error.mark === undefined ? {} : { line: error.mark.line + 1, column: error.mark.column + 1 };
  const reason = error.reason ?? '';
  if (reason === 'duplicated mapping key') {
    const key = keyAt(input, error.mark?.position);
    const named = key === undefined ? 'a key' : `key \`${key}\``;
    return readError(
      'duplicate-key',
      `${named} appears twice in one mapping; only one value would be kept`,
      file,
      position,
    );
  }
  if (reason.startsWith('unknown tag !<')) {
    const tag = tagName(reason.slice('unknown tag !<'.length, -1));
    const named = tag === undefined ? 'a tag' : `tag \`${tag}\``;
    return readError('unknown-tag', `${named} is not known to this reader`, file, position);
  }
  for (const [pattern, translation] of TRANSLATIONS) {
    if (pattern.test(reason)) return readError(translation.code, translation.message, file, position);
  }
  return readError('parse-error', 'invalid YAML syntax', file, position);
}

/** A key name at `position`, if it is short and made of name characters only. */
function keyAt(input: string, position: number | undefined): string | undefined {
  if (position === undefined) return undefined;
  const match = /^["']?([^"':\n]{1,100})["']?\s*:/.exec(input.slice(position, position + 110));
  const name = match?.[1]?.trim();
  return name === undefined ? undefined : safeName(name);
}

function tagName(tag: string): string | undefined {
  const shown = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
  return safeName(shown);
}
