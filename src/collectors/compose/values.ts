import type { Value, ValueMap } from '../../model/value.js';
import { interpolate } from './interpolate.js';

/** A parsed YAML map: the reading layer gives null-prototype objects. */
export function isRawMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own key of a parsed map (never one inherited from a prototype). */
export function field(map: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

interface Pending {
  source: unknown;
  assign: (value: Value) => void;
}

function scalar(value: unknown): Value {
  if (typeof value === 'string') return interpolate(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  return null;
}

/**
 * A parsed compose value as a fact value: maps as null-prototype objects,
 * every string interpolated (values only; keys stay as written, as compose
 * does). Iterative, so nesting depth never reaches the call stack; the
 * reading layer already bounded the number of nodes, aliases included.
 */
export function toValue(root: unknown): Value {
  let result: Value = null;
  const stack: Pending[] = [{ source: root, assign: (value) => (result = value) }];
  while (stack.length > 0) {
    const { source, assign } = stack.pop() as Pending;
    if (Array.isArray(source)) {
      const list: Value[] = new Array(source.length).fill(null);
      assign(list);
      for (let index = 0; index < source.length; index += 1) {
        stack.push({ source: source[index], assign: (value) => (list[index] = value) });
      }
    } else if (isRawMap(source)) {
      const map: ValueMap = Object.create(null);
      assign(map);
      for (const key of Object.keys(source)) {
        map[key] = null;
        stack.push({ source: source[key], assign: (value) => (map[key] = value) });
      }
    } else assign(scalar(source));
  }
  return result;
}
