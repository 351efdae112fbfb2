import {
  ChoiceValue,
  isValueMap,
  RefValue,
  UnknownValue,
  type Value,
  type ValueMap,
} from '../model/value.js';

/** Walks plain maps along `path`; undefined as soon as a step is not a known map or key. */
export function get(value: Value | undefined, ...path: string[]): Value | undefined {
  let current = value;
  for (const key of path) {
    if (!isValueMap(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

export function asString(value: Value | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** CloudFormation passes numbers as strings as often as not (`MinSize: "1"`). */
export function asNumber(value: Value | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

export function asBoolean(value: Value | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  return undefined;
}

export function asList(value: Value | undefined): Value[] {
  return Array.isArray(value) ? value : [];
}

export function asMap(value: Value | undefined): ValueMap | undefined {
  return isValueMap(value) ? value : undefined;
}

/** Known strings of a list; symbolic members are skipped. */
export function stringList(value: Value | undefined): string[] {
  return asList(value).filter((item): item is string => typeof item === 'string');
}

/**
 * Every resource referenced anywhere inside `value`: direct refs, refs kept in
 * unknown values and both branches of undecided conditions. In first-seen order,
 * without duplicates. Iterative: templates decide the depth.
 */
export function refTargets(value: Value | undefined): string[] {
  const found = new Set<string>();
  const stack: Value[] = value === undefined ? [] : [value];
  while (stack.length > 0) {
    const current = stack.pop() as Value;
    if (current instanceof RefValue) found.add(current.target);
    else if (current instanceof UnknownValue) for (const ref of current.refs) found.add(ref.target);
    else if (current instanceof ChoiceValue) stack.push(current.whenFalse, current.whenTrue);
    else if (Array.isArray(current))
      for (let i = current.length - 1; i >= 0; i--) stack.push(current[i] as Value);
    else if (isValueMap(current)) {
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) stack.push(current[keys[i] as string] as Value);
    }
  }
  return [...found];
}
