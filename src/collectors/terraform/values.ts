import {
  AllZonesValue,
  ChoiceValue,
  isValueMap,
  RefValue,
  UnknownValue,
  type Value,
  type ValueMap,
  ZoneValue,
} from '../../model/value.js';

export function newMap(): ValueMap {
  return Object.create(null) as ValueMap;
}

/** Every reference inside a value, in order, without duplicates. Iterative: values can nest deeply. */
export function refsIn(values: readonly Value[]): RefValue[] {
  const found = new Map<string, RefValue>();
  const stack: Value[] = [...values].reverse();
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    if (value instanceof RefValue) found.set(`${value.target}\u0000${value.attribute ?? ''}`, value);
    else if (value instanceof UnknownValue) for (const ref of value.refs) stack.push(ref);
    else if (value instanceof ChoiceValue) stack.push(value.whenFalse, value.whenTrue);
    else if (Array.isArray(value)) stack.push(...[...value].reverse());
    else if (isValueMap(value)) stack.push(...Object.values(value).reverse());
  }
  return [...found.values()];
}

/** An unknown value that keeps the references of the values it was built from. */
export function unknown(reason: string, from: readonly Value[] = []): UnknownValue {
  return new UnknownValue(reason, refsIn(from));
}

/** Whether a value is fully known plain data (no symbolic value anywhere inside). */
export function isKnown(value: Value): boolean {
  const stack: Value[] = [value];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item instanceof RefValue || item instanceof UnknownValue || item instanceof ChoiceValue) return false;
    if (item instanceof ZoneValue || item instanceof AllZonesValue) return false;
    if (Array.isArray(item)) stack.push(...item);
    else if (isValueMap(item)) stack.push(...Object.values(item));
  }
  return true;
}

/** Terraform's address key for an instance: `[0]` or `["a"]`. */
export function instanceKey(key: number | string): string {
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
