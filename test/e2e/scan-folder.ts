import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultPolicy } from '../../src/model/policy.js';
import { type ScanResult, scan } from '../../src/scan.js';

export const REPO = resolve(import.meta.dirname, '../..');

/** Scans a folder with the built-in rules and the default policy, as `spof scan` does. */
export function scanFolder(folder: string): Promise<ScanResult> {
  return scan({ paths: [folder], root: REPO, policy: defaultPolicy(), ruleDirs: [], today: '2026-12-03' });
}

/** Finding node ids by rule id, each list sorted. */
export function nodesByRule(result: ScanResult): Record<string, string[]> {
  const byRule: Record<string, string[]> = {};
  for (const finding of result.findings)
    byRule[finding.ruleId] = [...(byRule[finding.ruleId] ?? []), finding.node.id];
  for (const nodes of Object.values(byRule)) nodes.sort();
  return byRule;
}

/** The 1-based line where `key:` is declared at two-space indentation (a resource's logical id). */
export function lineOfResource(file: string, logicalId: string): number {
  const lines = readFileSync(resolve(REPO, file), 'utf8').split('\n');
  return lines.indexOf(`  ${logicalId}:`) + 1;
}
