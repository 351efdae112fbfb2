import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { analyse } from '../../../src/analysis/index.js';
import { collect } from '../../../src/collectors/index.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import type { Finding } from '../../../src/model/finding.js';
import { defaultPolicy } from '../../../src/model/policy.js';
import { normalize } from '../../../src/normalize/index.js';
import { BUILT_IN_RULES_DIR, bindRule, loadRuleFile, runRules } from '../../../src/rules/index.js';
import { buildGraph } from '../../../src/semantics/index.js';

/** Runs every stage on one fixture folder with only rule `id` loaded. */
export async function runFixture(
  id: string,
  folder: string,
): Promise<{ findings: Finding[]; diagnostics: Diagnostic[] }> {
  const loaded = await loadRuleFile(join(BUILT_IN_RULES_DIR, `${id}.yaml`), `rules/${id}.yaml`);
  if (!loaded.rule)
    throw new Error(`rule ${id} did not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  const policy = defaultPolicy();
  const collected = await collect([folder], { root: folder });
  const normalized = normalize(collected.documents, policy);
  const built = buildGraph(normalized.model, policy);
  const analysis = analyse(built.graph, built.entries);
  const ran = runRules([bindRule(loaded.rule)], {
    model: normalized.model,
    graph: built.graph,
    entries: built.entries,
    analysis,
    policy,
  });
  const diagnostics = [
    ...collected.diagnostics,
    ...normalized.diagnostics,
    ...built.diagnostics,
    ...ran.diagnostics,
  ];
  return { findings: ran.findings, diagnostics };
}

/** `expected.yaml`: `findings:` the node ids the rule must report, nothing else. */
export async function readExpected(folder: string): Promise<string[]> {
  const doc = yaml.load(await readFile(join(folder, 'expected.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA });
  const findings = (doc as { findings?: unknown } | null)?.findings;
  if (!Array.isArray(findings) || findings.some((item) => typeof item !== 'string'))
    throw new Error(`${folder}/expected.yaml: findings must be a list of node ids`);
  return [...(findings as string[])].sort();
}
