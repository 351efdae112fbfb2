import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, GOLDENS } from './goldens.js';

describe('golden reports (regenerate with npm run golden)', () => {
  for (const golden of GOLDENS) {
    it(`${golden.file} matches the reporter's output byte for byte`, () => {
      const expected = readFileSync(new URL(golden.file, GOLDEN_DIR), 'utf8');
      expect(golden.render()).toBe(expected);
    });

    it(`${golden.file} is deterministic`, () => {
      expect(golden.render()).toBe(golden.render());
    });
  }
});
