import type { Value } from '../../model/value.js';
import type { Report } from './plan.js';

/** The template's named things an expression can refer to. */
export interface Scope {
  /** Parameter values: the default, or an unknown value (no default, NoEcho, SSM). */
  readonly parameters: ReadonlyMap<string, Value>;
  /** Every logical id in Resources, whatever its condition. */
  readonly resources: ReadonlySet<string>;
  /** The Mappings section as parsed (raw, not evaluated), or undefined. */
  readonly mappings: object | undefined;
  /** Raw condition expressions by name, with the line of each name. */
  readonly conditions: ReadonlyMap<string, { raw: unknown; line: number | undefined }>;
  /** Decided conditions (true/false) and undecided ones (an unknown value), filled as they are evaluated. */
  readonly conditionValues: Map<string, Value>;
  /** Conditions being expanded right now, to catch a condition that depends on itself. */
  readonly expanding: Set<string>;
}

/** Everything an intrinsic needs besides its arguments. */
export interface Env {
  readonly scope: Scope;
  readonly report: Report;
  /** 1-based line of a key or item of a parsed container, when the parser recorded it. */
  lineOf(container: object, key: string | number): number | undefined;
}
