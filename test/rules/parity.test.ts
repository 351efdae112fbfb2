import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_CATEGORIES } from '../../src/model/finding.js';
import { CHECKS } from '../../src/rules/checks/index.js';
import { loadRules } from '../../src/rules/index.js';
import { placeholders } from '../../src/rules/template.js';
import { readExpected } from './support/pipeline.js';

const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures/rules/', import.meta.url));
const HELP_BASE = 'https://github.com/spof-dev/spof/blob/main/README.md#';
/** The one input file of a fixture case, named after its format. */
const INPUT_FILES = ['compose.yaml', 'manifests.yaml', 'template.yaml'];

const list = (dir: string) =>
  readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));

describe('rules, checks and fixtures stay in step', async () => {
  const { rules, diagnostics } = await loadRules([]);
  const ids = rules.map((rule) => rule.id);

  it('every rule file loads cleanly, its id equal to its file name', () => {
    expect(diagnostics).toEqual([]);
    const files = list(RULES_DIR).map((entry) => entry.name);
    expect(files.every((name) => name.endsWith('.yaml'))).toBe(true);
    expect(files.map((name) => basename(name, '.yaml'))).toEqual(ids);
    expect(ids.length).toBeGreaterThanOrEqual(16);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))(
    '%s: known check, valid category, filled placeholders, docs anchor',
    (id, rule) => {
      const check = CHECKS.get(rule.check);
      expect(check, `check ${rule.check}`).toBeDefined();
      expect(RULE_CATEGORIES).toContain(rule.category);
      expect(rule.helpUri).toBe(`${HELP_BASE}${id}`);
      const provided = new Set(check?.dataKeys(rule.options));
      expect(placeholders(rule.message).filter((name) => !provided.has(name))).toEqual([]);
      expect(placeholders(rule.message).length).toBeGreaterThan(0);
    },
  );

  it('every registered check serves at least one rule', () => {
    const used = new Set(rules.map((rule) => rule.check));
    expect([...CHECKS.keys()].filter((name) => !used.has(name))).toEqual([]);
  });

  it('no fixture folder without a rule', () => {
    const folders = list(FIXTURES).map((entry) => entry.name);
    expect(folders.filter((name) => !ids.includes(name))).toEqual([]);
  });

  it.each(ids)(
    '%s: at least one fail-* case that fires and one pass-* case that does not, nothing else',
    async (id) => {
      const entries = list(join(FIXTURES, id));
      expect(
        entries.filter((entry) => !entry.isDirectory() || !/^(fail|pass)-[a-z0-9-]+$/.test(entry.name)),
      ).toEqual([]);
      const cases = entries.map((entry) => entry.name);
      expect(cases.some((name) => name.startsWith('fail-'))).toBe(true);
      expect(cases.some((name) => name.startsWith('pass-'))).toBe(true);
      for (const name of cases) {
        const folder = join(FIXTURES, id, name);
        const names = list(folder).map((entry) => entry.name);
        const inputs = names.filter((file) => file !== 'expected.yaml');
        expect(names).toContain('expected.yaml');
        expect(inputs).toHaveLength(1);
        expect(INPUT_FILES).toContain(inputs[0]);
        const expected = await readExpected(folder);
        if (name.startsWith('fail-'))
          expect(expected.length, `${name} must expect findings`).toBeGreaterThan(0);
        else expect(expected, `${name} must expect none`).toEqual([]);
      }
    },
  );
});
