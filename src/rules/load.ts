import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import type { RuleMeta } from '../model/rule.js';
import { validateRule } from './meta.js';

/** Rule files are small; anything bigger is not a rule file. */
export const MAX_RULE_FILE_BYTES = 256 * 1024;
const RULE_EXTENSIONS = new Set(['.yaml', '.yml']);

/** The package's own `rules/` folder, from both `src/rules` and `dist/rules`. */
export const BUILT_IN_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

function ruleError(file: string, message: string, line?: number): Diagnostic {
  return { code: 'rule-error', level: 'error', message, file, ...(line === undefined ? {} : { line }) };
}

/**
 * Reads and validates one rule file. `label` is how the file is named in
 * diagnostics and in `RuleMeta.file`. Parser messages are never passed on
 * (they quote source lines); the line is.
 */
export async function loadRuleFile(
  path: string,
  label: string,
): Promise<{ rule?: RuleMeta; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile())
      return { diagnostics: [ruleError(label, `rule file ${label} is not a regular file`)] };
    if (info.size > MAX_RULE_FILE_BYTES)
      return {
        diagnostics: [ruleError(label, `rule file ${label} is larger than ${MAX_RULE_FILE_BYTES} bytes`)],
      };
    const bytes = await readFile(path);
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { diagnostics: [ruleError(label, `rule file ${label} could not be read as UTF-8 text`)] };
  }
  let doc: unknown;
  try {
    doc = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: label });
  } catch (error) {
    const line = error instanceof yaml.YAMLException ? error.mark.line + 1 : undefined;
    return { diagnostics: [ruleError(label, `rule file ${label} is not valid YAML`, line)] };
  }
  const baseName = basename(path, extname(path));
  const { rule, issues } = validateRule(doc, baseName, label);
  const diagnostics = issues.map((issue) =>
    ruleError(label, `rule file ${label}: key "${issue.key}" ${issue.problem}`),
  );
  return rule ? { rule, diagnostics } : { diagnostics };
}

/** Every rule file of one folder, in file-name order. A missing folder is a rule-error. */
export async function loadRuleDir(
  dir: string,
  labelDir: string,
): Promise<{ rules: RuleMeta[]; diagnostics: Diagnostic[] }> {
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries
      .filter((entry) => !entry.isDirectory() && RULE_EXTENSIONS.has(extname(entry.name)))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return { rules: [], diagnostics: [ruleError(labelDir, `rules folder ${labelDir} could not be read`)] };
  }
  const rules: RuleMeta[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of names) {
    const loaded = await loadRuleFile(join(dir, name), `${labelDir.replace(/\/+$/, '')}/${name}`);
    if (loaded.rule) rules.push(loaded.rule);
    diagnostics.push(...loaded.diagnostics);
  }
  return { rules, diagnostics };
}
