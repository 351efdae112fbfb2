import { RULE_CATEGORIES, type RuleCategory, type Severity } from '../model/finding.js';
import type { RuleMeta } from '../model/rule.js';
import { CHECKS } from './checks/index.js';
import { OPTIONS_VISIT_BUDGET, toNullPrototype } from './copy-options.js';
import { isRecord } from './options.js';
import { placeholders } from './template.js';
import type { OptionIssue } from './types.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];
const REQUIRED_TEXT = ['title', 'message', 'rationale', 'remediation', 'helpUri'] as const;
const KNOWN_KEYS = new Set([
  'id',
  'title',
  'severity',
  'category',
  ...REQUIRED_TEXT,
  'tags',
  'check',
  'options',
]);
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Validates one parsed rule document strictly (design.md "Rules"): every key
 * known, every required key present, the id equal to the file's base name, the
 * check registered, its options accepted, and every placeholder of the message
 * one the check fills. Returns the rule, or the problems by key.
 */
export function validateRule(
  doc: unknown,
  baseName: string,
  file: string,
): { rule?: RuleMeta; issues: OptionIssue[] } {
  const issues: OptionIssue[] = [];
  if (!isRecord(doc)) return { issues: [{ key: '(document)', problem: 'must be a mapping' }] };
  for (const key of Object.keys(doc).sort()) {
    if (!KNOWN_KEYS.has(key)) issues.push({ key, problem: 'is not a known key' });
  }
  const text = (key: string): string => {
    const value = doc[key];
    if (value === undefined) issues.push({ key, problem: 'is required' });
    else if (typeof value !== 'string' || value.trim() === '')
      issues.push({ key, problem: 'must be a non-empty string' });
    else return value.trim();
    return '';
  };
  const id = text('id');
  if (id && !KEBAB.test(id)) issues.push({ key: 'id', problem: 'must be kebab-case' });
  if (id && id !== baseName) issues.push({ key: 'id', problem: `must equal the file name "${baseName}"` });
  const [title, message, rationale, remediation, helpUri] = REQUIRED_TEXT.map(text) as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (helpUri && !/^https:\/\/[^\s]+$/.test(helpUri))
    issues.push({ key: 'helpUri', problem: 'must be an https URL' });
  const severity = text('severity');
  if (severity && !SEVERITIES.includes(severity as Severity))
    issues.push({ key: 'severity', problem: `must be one of ${SEVERITIES.join(', ')}` });
  const category = text('category');
  if (category && !RULE_CATEGORIES.includes(category as RuleCategory))
    issues.push({ key: 'category', problem: `must be one of ${RULE_CATEGORIES.join(', ')}` });
  const tags = readTags(doc.tags, issues);
  const options = readOptions(doc.options, issues);
  const checkName = text('check');
  const check = checkName ? CHECKS.get(checkName) : undefined;
  if (checkName && !check) issues.push({ key: 'check', problem: `names no known check ("${checkName}")` });
  if (check && options) {
    const optionIssues = check.validate(options);
    issues.push(...optionIssues);
    if (optionIssues.length === 0 && message) {
      const provided = new Set(check.dataKeys(options));
      for (const name of placeholders(message)) {
        if (!provided.has(name))
          issues.push({
            key: 'message',
            problem: `uses {{${name}}}, which check ${checkName} does not fill`,
          });
      }
    }
  }
  if (issues.length > 0) return { issues };
  return {
    rule: {
      id,
      title,
      severity: severity as Severity,
      category: category as RuleCategory,
      message,
      rationale,
      remediation,
      helpUri,
      tags,
      check: checkName,
      options: options ?? Object.create(null),
      file,
    },
    issues,
  };
}

function readTags(value: unknown, issues: OptionIssue[]): string[] {
  if (value === undefined) {
    issues.push({ key: 'tags', problem: 'is required (may be [])' });
    return [];
  }
  if (!Array.isArray(value) || value.some((tag) => typeof tag !== 'string' || tag === '')) {
    issues.push({ key: 'tags', problem: 'must be a list of non-empty strings' });
    return [];
  }
  return [...(value as string[])].sort();
}

/** Copies options into null-prototype maps, so input keys never reach a prototype. */
function readOptions(value: unknown, issues: OptionIssue[]): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return Object.create(null);
  if (!isRecord(value)) {
    issues.push({ key: 'options', problem: 'must be a mapping' });
    return undefined;
  }
  try {
    return toNullPrototype(value) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    issues.push({ key: 'options', problem: `holds more than ${OPTIONS_VISIT_BUDGET} values` });
    return undefined;
  }
}
