// Terraform nested blocks (`route { ... }`), which collectors may give as one map or a list of maps.
import type { Value } from '../../model/value.js';
import { asList, asMap } from '../values.js';

/** Every instance of a nested block: a list as is, a single map as a list of one. */
export function blocks(value: Value | undefined): Value[] {
  return asMap(value) === undefined ? asList(value) : [value as Value];
}

/** The first instance of a block that occurs at most once (`point_in_time_recovery { ... }`). */
export function block(value: Value | undefined): Value | undefined {
  return blocks(value)[0];
}
