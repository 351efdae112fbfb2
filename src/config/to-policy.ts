import type { LineIndex } from '../collectors/read/index.js';
import type { FailureClass, Policy, RulePolicy } from '../model/policy.js';
import { DEFAULT_TAG_ALLOWLIST, defaultPolicy } from '../model/policy.js';

/** The shape of a config that passed the schema. */
interface ValidConfig {
  survive?: FailureClass[];
  entries?: Array<{ name: string; target: string; survive?: FailureClass[] }>;
  inferEntries?: boolean;
  rules?: Record<string, { severity?: RulePolicy['severity']; options?: Record<string, unknown> }>;
  suppressions?: Array<{ rule: string; node: string; reason: string; expires: string }>;
  aws?: { region?: string };
  tags?: { allow?: string[] };
}

/** Builds a Policy from a schema-valid config, keeping the file and line of entries and suppressions. */
export function toPolicy(raw: unknown, file: string, lines: LineIndex): Policy {
  const config = raw as ValidConfig;
  const policy = defaultPolicy();
  policy.file = file;
  if (config.survive !== undefined) policy.survive = [...config.survive];
  if (config.inferEntries !== undefined) policy.inferEntries = config.inferEntries;
  const entries = config.entries ?? [];
  policy.entries = entries.map((entry, index) => ({
    name: entry.name,
    target: entry.target,
    ...(entry.survive === undefined ? {} : { survive: [...entry.survive] }),
    location: { file, line: lines.lineOf(entries, index) ?? 1 },
  }));
  // Null prototype: rule ids come from input (the schema already rejects `__proto__`, this is a second wall).
  const rules: Record<string, RulePolicy> = Object.create(null);
  for (const [id, rule] of Object.entries(config.rules ?? {})) {
    const entry: RulePolicy = {};
    if (rule.severity !== undefined) entry.severity = rule.severity;
    if (rule.options !== undefined) entry.options = rule.options;
    rules[id] = entry;
  }
  policy.rules = rules;
  const suppressions = config.suppressions ?? [];
  policy.suppressions = suppressions.map((s, index) => ({
    rule: s.rule,
    node: s.node,
    reason: s.reason,
    expires: s.expires,
    location: { file, line: lines.lineOf(suppressions, index) ?? 1 },
  }));
  if (config.aws?.region !== undefined) policy.aws = { region: config.aws.region };
  const extraTags = (config.tags?.allow ?? []).filter((tag) => !DEFAULT_TAG_ALLOWLIST.includes(tag));
  policy.tagAllowlist = [...DEFAULT_TAG_ALLOWLIST, ...new Set(extraTags)];
  return policy;
}
