import type { Diagnostic } from '../model/diagnostic.js';
import type { RuleMeta } from '../model/rule.js';
import { CHECKS } from './checks/index.js';
import { BUILT_IN_RULES_DIR, loadRuleDir } from './load.js';
import type { LoadedRule } from './run.js';

export { fingerprint } from './finding.js';
export { BUILT_IN_RULES_DIR, loadRuleDir, loadRuleFile } from './load.js';
export { type LoadedRule, runRules } from './run.js';
export type { Check, CheckReport, RuleContext } from './types.js';

/** Binds a validated rule to its check; `run` stays out of JSON. */
export function bindRule(meta: RuleMeta): LoadedRule {
  const check = CHECKS.get(meta.check);
  if (!check) throw new Error(`rule ${meta.id} names unknown check ${meta.check}`);
  const rule = { ...meta } as LoadedRule;
  Object.defineProperty(rule, 'run', { value: check, enumerable: false });
  return rule;
}

/**
 * The built-in `rules/` folder, then each extra folder (`--rules DIR`), sorted
 * by id. A bad file, a missing folder or an id defined twice is a `rule-error`
 * (the scan is then incomplete); the first definition of an id wins.
 */
export async function loadRules(
  extraDirs: string[],
): Promise<{ rules: LoadedRule[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, LoadedRule>();
  const folders = [
    { dir: BUILT_IN_RULES_DIR, label: 'rules' },
    ...extraDirs.map((dir) => ({ dir, label: dir })),
  ];
  for (const folder of folders) {
    const loaded = await loadRuleDir(folder.dir, folder.label);
    diagnostics.push(...loaded.diagnostics);
    for (const meta of loaded.rules) {
      const first = byId.get(meta.id);
      if (first) {
        diagnostics.push({
          code: 'rule-error',
          level: 'error',
          message: `rule file ${meta.file}: key "id" repeats "${meta.id}", already defined in ${first.file}`,
          file: meta.file,
        });
      } else byId.set(meta.id, bindRule(meta));
    }
  }
  const rules = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { rules, diagnostics };
}
