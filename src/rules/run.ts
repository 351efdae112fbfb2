import type { Diagnostic } from '../model/diagnostic.js';
import type { Finding, Severity } from '../model/finding.js';
import type { RuleMeta } from '../model/rule.js';
import { mergeOptions, OPTIONS_VISIT_BUDGET } from './copy-options.js';
import { compareFindings, toFinding } from './finding.js';
import { placeholders } from './template.js';
import type { Check, CheckReport, RuleContext } from './types.js';

/** A rule bound to its check. `run` is not enumerable, so a rule serialises as its metadata. */
export interface LoadedRule extends RuleMeta {
  readonly run: Check;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

function failed(rule: RuleMeta, message: string): Diagnostic {
  return { code: 'check-failed', level: 'error', message: `rule ${rule.id}: ${message}`, file: rule.file };
}

/** Options after the policy's overlay, or a rule-error naming the policy key. */
function effectiveOptions(rule: LoadedRule, ctx: RuleContext, diagnostics: Diagnostic[]) {
  const overlay = Object.hasOwn(ctx.policy.rules, rule.id) ? ctx.policy.rules[rule.id]?.options : undefined;
  if (!overlay) return mergeOptions(rule.options, undefined);
  const problems: string[] = [];
  let options: Record<string, unknown> = Object.create(null);
  try {
    options = mergeOptions(rule.options, overlay);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problems.push(`options hold more than ${OPTIONS_VISIT_BUDGET} values`);
  }
  if (problems.length === 0) problems.push(...rule.run.validate(options).map((i) => `${i.key} ${i.problem}`));
  if (problems.length === 0) {
    const provided = new Set(rule.run.dataKeys(options));
    for (const name of placeholders(rule.message))
      if (!provided.has(name)) problems.push(`options leave {{${name}}} unfilled`);
  }
  if (problems.length === 0) return options;
  for (const problem of problems) {
    diagnostics.push({
      code: 'rule-error',
      level: 'error',
      message: `policy rules.${rule.id}: ${problem}`,
      ...(ctx.policy.file ? { file: ctx.policy.file } : {}),
    });
  }
  return undefined;
}

/**
 * Runs every rule the policy leaves on. A check that throws becomes a
 * `check-failed` diagnostic and the other rules run on (cdk-nag `applyRule`).
 * Findings are deduplicated by (rule, node) and sorted.
 */
export function runRules(
  rules: LoadedRule[],
  ctx: RuleContext,
): { findings: Finding[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const known = new Set(rules.map((rule) => rule.id));
  for (const id of Object.keys(ctx.policy.rules).sort()) {
    if (!known.has(id))
      diagnostics.push({
        code: 'config-error',
        level: 'error',
        message: `policy rules.${id} names no loaded rule`,
        ...(ctx.policy.file ? { file: ctx.policy.file } : {}),
      });
  }
  const byKey = new Map<string, Finding>();
  for (const rule of rules) {
    const override = Object.hasOwn(ctx.policy.rules, rule.id)
      ? ctx.policy.rules[rule.id]?.severity
      : undefined;
    if (override === 'off') continue;
    let reports: CheckReport[];
    try {
      const options = effectiveOptions(rule, ctx, diagnostics);
      if (!options) continue;
      reports = rule.run.run(ctx, options);
    } catch (error) {
      diagnostics.push(
        failed(
          rule,
          `check ${rule.check} failed: ${error instanceof Error ? error.message : 'unknown error'}`,
        ),
      );
      continue;
    }
    for (const report of reports) {
      let finding: Finding;
      try {
        finding = toFinding(rule, report, ctx, override);
      } catch (error) {
        diagnostics.push(failed(rule, error instanceof Error ? error.message : 'bad report'));
        continue;
      }
      const key = `${finding.ruleId}\0${finding.node.id}`;
      const previous = byKey.get(key);
      if (!previous) byKey.set(key, finding);
      else {
        previous.entries = [...new Set([...previous.entries, ...finding.entries])].sort();
        if (RANK[finding.severity] < RANK[previous.severity]) previous.severity = finding.severity;
      }
    }
  }
  return { findings: [...byKey.values()].sort(compareFindings), diagnostics };
}
