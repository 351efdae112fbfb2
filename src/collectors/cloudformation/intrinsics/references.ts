import { RefValue, UnknownValue, type Value } from '../../../model/value.js';
import type { Env } from '../env.js';
import { evaluateThen, Plan, type Site, type Step } from '../plan.js';
import type { Evaluated } from '../values.js';
import { type Intrinsic, malformed, singleArg } from './args.js';
import { PSEUDO_PARAMETERS } from './pseudo.js';

/** `Ref`: a pseudo parameter, a parameter's value, or a reference to a resource. */
export function resolveRef(name: string, site: Site, env: Env): Evaluated {
  const pseudo = PSEUDO_PARAMETERS.get(name);
  if (pseudo !== undefined) return pseudo;
  const parameter = env.scope.parameters.get(name);
  if (parameter !== undefined) return parameter;
  if (env.scope.resources.has(name)) return new RefValue(name);
  env.report('dangling-reference', `Ref names ${name}, which is not a parameter or resource`, site.line);
  return new UnknownValue(`Ref to undefined ${name}`);
}

/** `Fn::GetAtt`: an attribute of a resource of this template. */
export function resolveGetAtt(target: string, attribute: Value, site: Site, env: Env): Value {
  if (!env.scope.resources.has(target)) {
    env.report('dangling-reference', `Fn::GetAtt names ${target}, which is not a resource`, site.line);
    return new UnknownValue(`Fn::GetAtt of undefined ${target}`);
  }
  if (typeof attribute === 'string') return new RefValue(target, attribute);
  return new UnknownValue('Fn::GetAtt of an attribute known only at deploy time', [new RefValue(target)]);
}

export const ref: Intrinsic = (args, site, env) => {
  if (typeof args !== 'string') {
    env.report('invalid-template', 'Ref takes a name', site.line);
    return malformed('Ref');
  }
  return resolveRef(args, site, env);
};

/** Both forms: `A.B` (split at the first dot, so nested stack `Outputs.X` stays whole) and `[A, B]`. */
export const getAtt: Intrinsic = (args, site, env) =>
  evaluateThen(singleArg(args, site), (value) => {
    if (typeof value === 'string' && value.includes('.')) {
      const dot = value.indexOf('.');
      return resolveGetAtt(value.slice(0, dot), value.slice(dot + 1), site, env);
    }
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string') {
      return resolveGetAtt(value[0], value[1] ?? null, site, env);
    }
    env.report('invalid-template', 'Fn::GetAtt takes Resource.Attribute or [Resource, Attribute]', site.line);
    return malformed('Fn::GetAtt');
  });

/**
 * A condition's value by name: true, false, or an unknown value when it cannot
 * be decided. Evaluated once, on first use, with a guard against cycles.
 */
export function conditionValue(name: string, site: Site, env: Env): Step {
  const { scope } = env;
  const known = scope.conditionValues.get(name);
  if (known !== undefined) return known;
  const definition = scope.conditions.get(name);
  if (definition === undefined) {
    env.report('dangling-reference', `condition ${name} is not defined in Conditions`, site.line);
    return new UnknownValue(`undefined condition ${name}`);
  }
  if (scope.expanding.has(name)) {
    env.report('invalid-template', `condition ${name} depends on itself`, site.line);
    return new UnknownValue(`circular condition ${name}`);
  }
  scope.expanding.add(name);
  return new Plan([{ raw: definition.raw, line: definition.line }], (results) => {
    scope.expanding.delete(name);
    const result = results[0];
    const decided: Value =
      typeof result === 'boolean' ? result : new UnknownValue(`condition ${name} is decided at deploy time`);
    scope.conditionValues.set(name, decided);
    return decided;
  });
}

export const condition: Intrinsic = (args, site, env) => {
  if (typeof args !== 'string') {
    env.report('invalid-template', 'Condition takes a condition name', site.line);
    return malformed('Condition');
  }
  return conditionValue(args, site, env);
};
