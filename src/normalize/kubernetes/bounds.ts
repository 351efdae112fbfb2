import type { Value } from '../../model/value.js';

/** A rollout or disruption bound as written: a whole number or a string such as `25%`. */
export function bound(value: Value | undefined): string | number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  return typeof value === 'string' && value !== '' ? value : undefined;
}
