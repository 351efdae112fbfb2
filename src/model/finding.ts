import type { SourceLocation } from './location.js';

export type Severity = 'error' | 'warning' | 'note';

export const RULE_CATEGORIES = [
  'redundancy',
  'placement',
  'vendor',
  'failover',
  'recovery',
  'control',
  'update',
  'monitoring',
] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

/** One result of one rule on one node. The JSON report's `findings[]` element. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  category: RuleCategory;
  title: string;
  /** The rule's message template filled from the check's data. */
  message: string;
  node: {
    id: string;
    /** Graph node kind, or the canonical component kind for components. */
    kind: string;
    /** Native type (`AWS::RDS::DBInstance`), or the domain kind for domains. */
    type: string;
    /** Logical name of the resource, or the domain's label. */
    name: string;
  };
  locations: SourceLocation[];
  /** Entries this finding takes down or concerns. */
  entries: string[];
  /** Witness path of node ids from an entry to the failing node, when there is one. */
  path: string[];
  /** Stable across edits: hash of rule id and node id. */
  fingerprint: string;
  /** Present when a `spof.yml` suppression matched; suppressed findings never fail the gate. */
  suppression?: { reason: string; expires: string };
}
