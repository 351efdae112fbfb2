// Evaluates the expression subset (Terraform language docs, "Expressions" and "References to Values").

import { AllZonesValue, isValueMap, RefValue, type Value, ZoneValue } from '../../model/value.js';
import type { Expr, Step } from './expression.js';
import { callBuiltin } from './functions.js';
import { instanceKey, newMap, refsIn, unknown } from './values.js';

/** How many instances a resource has: one (no count/for_each), a known count, known keys, or unknown. */
export type Instances =
  | { kind: 'single' }
  | { kind: 'count'; count: number }
  | { kind: 'keys'; keys: string[] }
  | { kind: 'unknown' };

/** What an expression can see. `undefined` from a lookup means "not declared". */
export interface Scope {
  variable(name: string): Value | undefined;
  local(name: string): Value | undefined;
  resource(address: string): Instances | undefined;
  /** The region of a declared data source's provider; `null` when the data source is not declared. */
  dataRegion(address: string): string | undefined | null;
  countIndex?: Value;
  eachKey?: Value;
  eachValue?: Value;
  /** Reports a reference to something not declared. */
  dangling(what: string): void;
}

/** Indexes or reads attributes of a known value; anything else stays unknown with its references. */
function applySteps(value: Value, steps: Step[], scope: Scope, binders: Set<string>): Value {
  let current = value;
  for (const step of steps) {
    if (step.kind === 'splat') continue;
    const key = step.kind === 'attr' ? step.name : evaluate(step.key, scope, binders);
    if (current instanceof AllZonesValue && typeof key === 'number')
      current = new ZoneValue(undefined, key, current.region);
    else if (Array.isArray(current) && typeof key === 'number' && key in current)
      current = current[key] as Value;
    else if (isValueMap(current) && typeof key === 'string' && Object.hasOwn(current, key))
      current = current[key] as Value;
    else return unknown('a part of a value that is not known', [current, key]);
  }
  return current;
}

function resourceReference(address: string, steps: Step[], scope: Scope, binders: Set<string>): Value {
  const instances = scope.resource(address) as Instances;
  const [first, ...rest] = steps;
  const attributeOf = (after: Step[]) => (after[0]?.kind === 'attr' ? after[0].name : undefined);
  if (first?.kind === 'index') {
    const key = evaluate(first.key, scope, binders);
    if (instances.kind === 'unknown') return new RefValue(`${address}[*]`, attributeOf(rest));
    if (typeof key !== 'number' && typeof key !== 'string')
      return unknown('an instance chosen by an unknown key', [
        new RefValue(`${address}[*]`, attributeOf(rest)),
      ]);
    return new RefValue(`${address}${instanceKey(key)}`, attributeOf(rest));
  }
  const attribute = attributeOf(first?.kind === 'splat' ? rest : steps);
  if (instances.kind === 'single') return new RefValue(address, attribute);
  if (instances.kind === 'count')
    return Array.from(
      { length: instances.count },
      (_, index) => new RefValue(`${address}[${index}]`, attribute),
    );
  if (instances.kind === 'keys')
    return instances.keys.map((key) => new RefValue(`${address}${instanceKey(key)}`, attribute));
  return unknown('a resource with an unknown count', [new RefValue(`${address}[*]`, attribute)]);
}

function dataReference(address: string, steps: Step[], scope: Scope, binders: Set<string>): Value {
  const region = scope.dataRegion(address);
  if (region === null) {
    scope.dangling(`data.${address}`);
    return unknown('an undeclared data source');
  }
  const [attribute, ...rest] = steps;
  if (
    address.startsWith('aws_availability_zones.') &&
    attribute?.kind === 'attr' &&
    attribute.name === 'names'
  )
    return applySteps(new AllZonesValue(region), rest, scope, binders);
  return unknown('a data source attribute');
}

function traversal(root: string, steps: Step[], scope: Scope, binders: Set<string>): Value {
  if (binders.has(root)) return unknown('a for expression variable');
  const [first, ...rest] = steps;
  const name = first?.kind === 'attr' ? first.name : undefined;
  if (root === 'count' && name === 'index')
    return scope.countIndex ?? unknown('count.index outside a counted resource');
  if (root === 'each' && name === 'key') return scope.eachKey ?? unknown('each.key outside for_each');
  if (root === 'each' && name === 'value')
    return applySteps(scope.eachValue ?? unknown('each.value outside for_each'), rest, scope, binders);
  if (name === undefined) return unknown(`a reference to ${root}`);
  if (root === 'var' || root === 'local') {
    const value = root === 'var' ? scope.variable(name) : scope.local(name);
    if (value !== undefined) return applySteps(value, rest, scope, binders);
    scope.dangling(`${root}.${name}`);
    return unknown(`an undeclared ${root === 'var' ? 'variable' : 'local value'}`);
  }
  if (root === 'data') {
    const dataName = rest[0]?.kind === 'attr' ? rest[0].name : undefined;
    if (dataName === undefined) return unknown('a data source reference');
    return dataReference(`${name}.${dataName}`, rest.slice(1), scope, binders);
  }
  if (['module', 'path', 'terraform', 'self', 'count', 'each'].includes(root))
    return unknown(`a ${root} value`);
  const address = `${root}.${name}`;
  if (scope.resource(address) === undefined) {
    scope.dangling(address);
    return unknown('an undeclared resource');
  }
  return resourceReference(address, rest, scope, binders);
}

/**
 * Evaluates a parsed expression. `binders` are names bound by enclosing `for`
 * expressions, which are never references.
 */
export function evaluate(expr: Expr, scope: Scope, binders: Set<string> = new Set()): Value {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'template': {
      const parts = expr.parts.map((part) =>
        typeof part === 'string' ? part : evaluate(part, scope, binders),
      );
      if (parts.every((part) => ['string', 'number', 'boolean'].includes(typeof part))) return parts.join('');
      return unknown('a string built from unknown values', parts);
    }
    case 'list':
      return expr.items.map((item) => evaluate(item, scope, binders));
    case 'map': {
      const map = newMap();
      const refs: Value[] = [];
      for (const [keyExpr, valueExpr] of expr.entries) {
        const key = evaluate(keyExpr, scope, binders);
        const value = evaluate(valueExpr, scope, binders);
        if (typeof key === 'string') map[key] = value;
        else refs.push(key, value);
      }
      return refs.length === 0 ? map : unknown('an object with unknown keys', [map, ...refs]);
    }
    case 'traversal':
      return traversal(expr.root, expr.steps, scope, binders);
    case 'call': {
      const result = callBuiltin(
        expr.name,
        expr.args.map((arg) => evaluate(arg, scope, binders)),
      );
      return expr.steps.length === 0 ? result : applySteps(result, expr.steps, scope, binders);
    }
    case 'opaque': {
      const inner = new Set([...binders, ...expr.binders]);
      return unknown(`a ${expr.reason}`, refsIn(expr.parts.map((part) => evaluate(part, scope, inner))));
    }
  }
}
