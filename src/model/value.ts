import type { SourceLocation } from './location.js';

/**
 * A property value after a collector resolved what it could. Plain JSON where
 * the value is known; one of the symbolic classes below where it is not, so no
 * reference or zone is lost by being read as a string.
 */
export type Value = null | boolean | number | string | Value[] | ValueMap | SymbolicValue;

/** Objects built from input always have a null prototype (a `__proto__` key stays a key). */
export interface ValueMap {
  [key: string]: Value;
}

export type SymbolicValue = RefValue | ZoneValue | AllZonesValue | ChoiceValue | UnknownValue;

/** A reference to another resource of the same document (`!Ref X`, `!GetAtt X.Attr`). */
export class RefValue {
  constructor(
    readonly target: string,
    readonly attribute?: string,
  ) {}
}

/**
 * One availability zone. `name` when the input spells it (`us-east-1a`);
 * otherwise `index` into the zones of `region` (`!Select [1, !GetAZs '']`), with
 * `region` undefined when it is the deployment's own, unknown region. Distinct
 * indices are distinct zones.
 */
export class ZoneValue {
  constructor(
    readonly name: string | undefined,
    readonly index: number | undefined,
    readonly region: string | undefined,
  ) {}
}

/** Every zone of a region (`!GetAZs ''` used as a list). */
export class AllZonesValue {
  constructor(readonly region: string | undefined) {}
}

/** A value that depends on a condition the collector could not decide: both branches kept. */
export class ChoiceValue {
  constructor(
    readonly condition: string,
    readonly whenTrue: Value,
    readonly whenFalse: Value,
  ) {}
}

/**
 * A value that cannot be known statically (a parameter with no default, an
 * imported value, a string built from references). `refs` keeps the
 * references inside it so edges survive.
 */
export class UnknownValue {
  constructor(
    readonly reason: string,
    readonly refs: readonly RefValue[] = [],
  ) {}
}

export function isSymbolic(value: Value): value is SymbolicValue {
  return (
    value instanceof RefValue ||
    value instanceof ZoneValue ||
    value instanceof AllZonesValue ||
    value instanceof ChoiceValue ||
    value instanceof UnknownValue
  );
}

export function isValueMap(value: Value | undefined): value is ValueMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isSymbolic(value);
}

/** A value together with where it was written. */
export interface Located<T> {
  value: T;
  location: SourceLocation;
}
