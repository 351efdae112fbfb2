import {
  ChoiceValue,
  isSymbolic,
  RefValue,
  UnknownValue,
  type Value,
  type ValueMap,
} from '../../model/value.js';

/** What `!Ref AWS::NoValue` evaluates to: the enclosing key or list item disappears. */
export const REMOVED: unique symbol = Symbol('AWS::NoValue');

/** A value during evaluation, where `AWS::NoValue` has not yet been removed by its container. */
export type Evaluated = Value | typeof REMOVED;

export function emptyMap(): ValueMap {
  return Object.create(null) as ValueMap;
}

/** The value stored in a container: a removed branch of a kept choice reads as null. */
export function storable(value: Evaluated): Value {
  return value === REMOVED ? null : value;
}

export function isScalar(value: Evaluated): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * Every reference inside some values (through lists, maps, choices and
 * unknowns), deduplicated by target and attribute, in first-seen order.
 * Walks with an explicit stack: values can be as deep as the input.
 */
export function collectRefs(values: readonly Evaluated[]): RefValue[] {
  const found = new Map<string, RefValue>();
  const stack: Evaluated[] = [...values].reverse();
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    if (value === REMOVED || value === null || typeof value !== 'object') continue;
    if (value instanceof RefValue) {
      found.set(`${value.target}\u0000${value.attribute ?? ''}`, value);
    } else if (value instanceof UnknownValue) {
      stack.push(...[...value.refs].reverse());
    } else if (value instanceof ChoiceValue) {
      stack.push(value.whenFalse, value.whenTrue);
    } else if (Array.isArray(value)) {
      stack.push(...[...value].reverse());
    } else if (!isSymbolic(value)) {
      stack.push(...Object.values(value).reverse());
    }
  }
  return [...found.values()];
}

/** An unknown value that keeps the references of the inputs it was built from. */
export function unknownFrom(reason: string, inputs: readonly Evaluated[]): UnknownValue {
  return new UnknownValue(reason, collectRefs(inputs));
}

/** True when a value holds nothing symbolic at any depth: plain JSON. */
export function isFullyKnown(value: Evaluated): boolean {
  const stack: Evaluated[] = [value];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item === REMOVED) return false;
    if (item === null || typeof item !== 'object') continue;
    if (isSymbolic(item)) return false;
    stack.push(...(Array.isArray(item) ? item : Object.values(item)));
  }
  return true;
}
