import type { Diagnostic } from '../model/diagnostic.js';
import type { ResourceFact } from '../model/facts.js';
import { ChoiceValue, type Value } from '../model/value.js';
import { asBoolean, asNumber } from './values.js';

/** Which branch of an undecided value a redundancy attribute assumes: the one that protects less. */
export type Pessimism = 'min' | 'max';

interface Leaves {
  values: Value[];
  conditions: string[];
}

/** The possible plain values of a (possibly nested) choice. Iterative over nesting. */
function leaves(value: Value): Leaves {
  const values: Value[] = [];
  const conditions: string[] = [];
  const stack: Value[] = [value];
  while (stack.length > 0) {
    const current = stack.pop() as Value;
    if (current instanceof ChoiceValue) {
      if (!conditions.includes(current.condition)) conditions.push(current.condition);
      stack.push(current.whenFalse, current.whenTrue);
    } else values.push(current);
  }
  return { values, conditions };
}

/**
 * Reads a scalar that matters for redundancy (Multi-AZ, counts, failover).
 * Undecided conditions take the less redundant branch; unknown values stay
 * undefined. Either way the assumption is reported as `unresolved-value`.
 */
export class RedundancyReader {
  constructor(private readonly diagnostics: Diagnostic[]) {}

  /** `absent` is the provider's default, used only when the property is not written at all. */
  boolean(
    fact: ResourceFact,
    property: string,
    value: Value | undefined,
    absent?: boolean,
  ): boolean | undefined {
    return this.read(
      fact,
      property,
      value,
      absent,
      asBoolean,
      (a, b) => a && b,
      'false (the less redundant branch)',
    );
  }

  number(
    fact: ResourceFact,
    property: string,
    value: Value | undefined,
    options: { pick?: Pessimism; absent?: number } = {},
  ): number | undefined {
    const pick = options.pick ?? 'min';
    const choose = pick === 'min' ? Math.min : Math.max;
    const assumption = pick === 'min' ? 'the smaller value' : 'the larger value';
    return this.read(fact, property, value, options.absent, asNumber, (a, b) => choose(a, b), assumption);
  }

  /**
   * Whether an optional block that adds redundancy (a replication
   * configuration) is there. Present in only one branch of an undecided
   * condition, it is taken as absent.
   */
  present(fact: ResourceFact, property: string, value: Value | undefined): boolean {
    if (value === undefined || value === null) return false;
    if (!(value instanceof ChoiceValue)) return true;
    const { values, conditions } = leaves(value);
    if (values.every((leaf) => leaf !== null)) return true;
    this.warn(
      fact,
      `${property} of ${fact.id} depends on condition ${conditions.join(', ')}; its absence is assumed`,
    );
    return false;
  }

  private read<T>(
    fact: ResourceFact,
    property: string,
    value: Value | undefined,
    absent: T | undefined,
    convert: (value: Value) => T | undefined,
    worse: (a: T, b: T) => T,
    assumption: string,
  ): T | undefined {
    // Null is a property removed by `!Ref AWS::NoValue`: as good as not written.
    if (value === undefined || value === null) return absent;
    const direct = convert(value);
    if (direct !== undefined) return direct;
    const { values, conditions } = leaves(value);
    const converted = values.map((leaf) => (leaf === null ? absent : convert(leaf)));
    if (conditions.length === 0 || converted.some((item) => item === undefined)) {
      this.warn(fact, `${property} of ${fact.id} cannot be known statically; no value is assumed`);
      return undefined;
    }
    const result = (converted as T[]).reduce(worse);
    this.warn(
      fact,
      `${property} of ${fact.id} depends on condition ${conditions.join(', ')}; ${assumption} is assumed`,
    );
    return result;
  }

  private warn(fact: ResourceFact, message: string): void {
    this.diagnostics.push({
      code: 'unresolved-value',
      level: 'warning',
      message,
      file: fact.location.file,
      line: fact.location.line,
      ...(fact.location.column === undefined ? {} : { column: fact.location.column }),
    });
  }
}
