import type { Severity } from './finding.js';
import type { SourceLocation } from './location.js';

/** Failure classes an entry can be required to survive. */
export const FAILURE_CLASSES = [
  'component',
  'replica',
  'host',
  'zone',
  'cluster',
  'region',
  'provider',
  'account',
] as const;
export type FailureClass = (typeof FAILURE_CLASSES)[number];

/** An entry point declared in `spof.yml`. */
export interface EntryDeclaration {
  /** Display name, e.g. `shop.example.com`. */
  name: string;
  /** Canonical component id (`aws.elb.load-balancer:PublicAlb`) or logical name (`PublicAlb`). */
  target: string;
  survive?: FailureClass[];
  location?: SourceLocation;
}

export interface RulePolicy {
  severity?: Severity | 'off';
  options?: Record<string, unknown>;
}

export interface Suppression {
  /** Rule id, without the `spof/` prefix. */
  rule: string;
  /** Node id, or `*` for every node of that rule. */
  node: string;
  reason: string;
  /** ISO date (YYYY-MM-DD); past it the suppression no longer applies and is reported. */
  expires: string;
  location?: SourceLocation;
}

/** The policy of a scan: `spof.yml` with defaults applied. */
export interface Policy {
  /** Config file it came from, if any. */
  file?: string;
  /** What each entry must survive unless it says otherwise. Default: component and zone. */
  survive: FailureClass[];
  entries: EntryDeclaration[];
  /** Infer entries (internet-facing load balancers, CloudFront, public records) when none is declared. */
  inferEntries: boolean;
  rules: Record<string, RulePolicy>;
  suppressions: Suppression[];
  aws: { region?: string };
  /** Tag keys whose values may appear in reports. */
  tagAllowlist: string[];
}

export const DEFAULT_TAG_ALLOWLIST = ['Name', 'app', 'service', 'team', 'env', 'owner'];

export function defaultPolicy(): Policy {
  return {
    survive: ['component', 'zone'],
    entries: [],
    inferEntries: true,
    rules: {},
    suppressions: [],
    aws: {},
    tagAllowlist: [...DEFAULT_TAG_ALLOWLIST],
  };
}
