import type { AnalysisResult, EntryPoint } from '../analysis/types.js';
import type { CanonicalModel } from '../model/component.js';
import type { Severity } from '../model/finding.js';
import type { SpofGraph } from '../model/graph.js';
import type { SourceLocation } from '../model/location.js';
import type { Policy } from '../model/policy.js';

/** Everything a check may read. Checks never mutate it. */
export interface RuleContext {
  model: CanonicalModel;
  graph: SpofGraph;
  entries: EntryPoint[];
  analysis: AnalysisResult;
  policy: Policy;
}

/**
 * What a check reports: a node and the data that fills the rule's message
 * template. Prose lives in `rules/<id>.yaml`, never in the check.
 */
export interface CheckReport {
  /** Graph node id (a component id is also its node id). */
  node: string;
  /** Values for the message template's `{{placeholders}}`. */
  data: Record<string, string | number>;
  /** Entry node ids this report concerns. */
  entries?: string[];
  /** Witness path of node ids from an entry to `node`. */
  path?: string[];
  /** Set only when the severity is derived from the policy (what an entry must survive). */
  severity?: Severity;
  /** Where to point; defaults to the node's own locations. */
  locations?: SourceLocation[];
}

/** A problem with a rule's options, named by its key path (`options.kinds[1]`). */
export interface OptionIssue {
  key: string;
  problem: string;
}

/** Options as read from YAML and the policy: a null-prototype map. */
export type RawOptions = Record<string, unknown>;

/**
 * A check with its options type erased: the registry's element. `validate`
 * runs when a rule is loaded (and again on policy-merged options), `run` only
 * on options `validate` accepted.
 */
export interface Check {
  name: string;
  /** One line saying what the check detects. */
  summary: string;
  validate(options: RawOptions): OptionIssue[];
  /** Keys every report's `data` carries for these options: what a template may use. */
  dataKeys(options: RawOptions): string[];
  run(ctx: RuleContext, options: RawOptions): CheckReport[];
}

/** How a check is written: typed options parsed once, then detection. */
export interface CheckDefinition<O> {
  name: string;
  summary: string;
  /** Returns the parsed options, pushing a problem for each bad or unknown key. */
  parse(options: RawOptions, issues: OptionIssue[]): O;
  dataKeys(options: O): string[];
  detect(ctx: RuleContext, options: O): CheckReport[];
}

/** Erases a check's options type so it can sit in the registry. */
export function defineCheck<O>(definition: CheckDefinition<O>): Check {
  const parsed = (raw: RawOptions): O => {
    const issues: OptionIssue[] = [];
    const options = definition.parse(raw, issues);
    if (issues.length > 0) {
      const first = issues[0];
      throw new Error(`invalid options for check ${definition.name}: ${first?.key} ${first?.problem}`);
    }
    return options;
  };
  return {
    name: definition.name,
    summary: definition.summary,
    validate(raw) {
      const issues: OptionIssue[] = [];
      definition.parse(raw, issues);
      return issues;
    },
    dataKeys: (raw) => definition.dataKeys(parsed(raw)),
    run: (ctx, raw) => definition.detect(ctx, parsed(raw)),
  };
}
