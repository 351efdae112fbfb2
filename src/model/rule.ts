import type { RuleCategory, Severity } from './finding.js';

/** A rule's metadata as written in `rules/<id>.yaml` (design.md, "Rules"). */
export interface RuleMeta {
  /** Kebab-case, permanent, equal to the file name. SARIF ruleId is `spof/<id>`. */
  id: string;
  title: string;
  severity: Severity;
  category: RuleCategory;
  /** Template filled from the check's data: `{{zone}}`, `{{entry}}`. */
  message: string;
  rationale: string;
  remediation: string;
  helpUri: string;
  tags: string[];
  check: string;
  options: Record<string, unknown>;
  /** File the rule was loaded from. */
  file: string;
}
