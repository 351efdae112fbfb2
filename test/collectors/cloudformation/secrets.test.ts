import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UnknownValue } from '../../../src/model/value.js';
import { codes, collectText, resourceOf } from './helpers.js';

const CANARY = 'canary-7f3a9c-secret';
const text = readFileSync(fileURLToPath(new URL('fixtures/noecho.yaml', import.meta.url)), 'utf8');

describe('NoEcho parameters', () => {
  const outcome = collectText(text, 'noecho.yaml');

  it('never copy their default into a value, a reason or a diagnostic', () => {
    expect(text).toContain(CANARY);
    expect(outcome.status).toBe('analysed');
    expect(JSON.stringify(outcome)).not.toContain(CANARY);
    expect(JSON.stringify(outcome)).not.toContain('7f3a9c');
  });

  it('are unknown values, so conditions on them stay undecided', () => {
    if (outcome.status !== 'analysed') throw new Error('not analysed');
    const database = resourceOf(outcome.document, 'Database');
    expect(database.condition).toBe('PasswordIsDefault');
    for (const key of [
      'MasterUserPassword',
      'ConnectionHint',
      'Joined',
      'Split',
      'Encoded',
      'Picked',
      'Mapped',
    ]) {
      expect(database.properties[key], key).toBeInstanceOf(UnknownValue);
    }
    expect(codes(outcome.diagnostics)).toEqual([
      { code: 'dangling-reference', level: 'error', line: 16 },
      { code: 'dangling-reference', level: 'error', line: 20 },
    ]);
  });
});
