// The built-in functions we evaluate (Terraform language docs, "Functions"); any other call is unknown.

import { AllZonesValue, isSymbolic, isValueMap, type Value, ZoneValue } from '../../model/value.js';
import { unknown } from './values.js';

type Builtin = (args: Value[]) => Value;

function asList(value: Value | undefined): Value[] | undefined {
  if (Array.isArray(value)) return value;
  if (value !== undefined && isValueMap(value)) return Object.values(value);
  return undefined;
}

function asIndex(value: Value | undefined): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

function element([list, index]: Value[]): Value {
  const position = asIndex(index);
  if (list instanceof AllZonesValue && position !== undefined)
    return new ZoneValue(undefined, position, list.region);
  const items = asList(list);
  if (items === undefined || position === undefined || items.length === 0)
    return unknown('element of an unknown list', [list ?? null]);
  return items[position % items.length] as Value;
}

function length([value]: Value[]): Value {
  if (typeof value === 'string') return [...value].length;
  const items = asList(value);
  return items === undefined ? unknown('length of an unknown value', [value ?? null]) : items.length;
}

function toset([value]: Value[]): Value {
  const items = asList(value);
  if (items === undefined) return value ?? null;
  const seen = new Set<string>();
  const unique: Value[] = [];
  for (const item of items) {
    const key = isSymbolic(item) ? undefined : JSON.stringify(item);
    if (key !== undefined && seen.has(key)) continue;
    if (key !== undefined) seen.add(key);
    unique.push(item);
  }
  return unique;
}

function concat(args: Value[]): Value {
  const lists = args.map(asList);
  if (lists.some((list) => list === undefined)) return unknown('concat of an unknown list', args);
  return lists.flatMap((list) => list as Value[]);
}

function slice([list, start, end]: Value[]): Value {
  const from = asIndex(start);
  const to = asIndex(end);
  if (list instanceof AllZonesValue && from !== undefined && to !== undefined) {
    const zones: Value[] = [];
    for (let index = from; index < to; index += 1) zones.push(new ZoneValue(undefined, index, list.region));
    return zones;
  }
  const items = asList(list);
  if (items === undefined || from === undefined || to === undefined || to > items.length || from > to)
    return unknown('slice of an unknown list', [list ?? null]);
  return items.slice(from, to);
}

const BUILTINS = new Map<string, Builtin>([
  ['concat', concat],
  ['element', element],
  ['length', length],
  ['slice', slice],
  ['tolist', ([value]) => value ?? null],
  ['toset', toset],
]);

/** Applies a built-in to evaluated arguments; unknown functions keep their arguments' references. */
export function callBuiltin(name: string, args: Value[]): Value {
  const builtin = BUILTINS.get(name);
  if (builtin === undefined) return unknown(`function ${name}`, args);
  return builtin(args);
}
