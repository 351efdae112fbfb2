import { UnknownValue } from '../../../model/value.js';
import type { Env } from '../env.js';
import type { Input, Site, Step } from '../plan.js';

/** An intrinsic function: its arguments as written, where it was written, and the template around it. */
export type Intrinsic = (args: unknown, site: Site, env: Env) => Step;

/**
 * The arguments of an intrinsic that takes a literal list of `min`..`max`
 * items, as inputs with their lines; undefined (and reported) otherwise.
 */
export function listArgs(
  name: string,
  args: unknown,
  counts: { min: number; max: number },
  site: Site,
  env: Env,
): Input[] | undefined {
  if (!Array.isArray(args) || args.length < counts.min || args.length > counts.max) {
    const expected = counts.min === counts.max ? `${counts.min}` : `${counts.min} to ${counts.max}`;
    env.report('invalid-template', `${name} takes a list of ${expected} arguments`, site.line);
    return undefined;
  }
  return args.map((raw, index): Input => ({ raw, line: env.lineOf(args, index) ?? site.line }));
}

/** The single argument of an intrinsic, as an input. */
export function singleArg(args: unknown, site: Site): Input {
  return { raw: args, line: site.line };
}

/** The value an intrinsic stands for when its arguments were malformed (already reported). */
export function malformed(name: string): UnknownValue {
  return new UnknownValue(`malformed ${name}`);
}

/** A list index as written: a number or a decimal string (`"0"`), else undefined. */
export function indexOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return undefined;
}
