import { evaluateThen, Plan } from '../plan.js';
import { isScalar, unknownFrom } from '../values.js';
import { type Intrinsic, listArgs, malformed, singleArg } from './args.js';

function entry(container: unknown, key: string): unknown {
  if (typeof container !== 'object' || container === null || Array.isArray(container)) return undefined;
  return Object.hasOwn(container, key) ? (container as Record<string, unknown>)[key] : undefined;
}

/** The `{ DefaultValue: x }` fourth argument of `Fn::FindInMap` (AWS::LanguageExtensions). */
function defaultValueOf(raw: unknown): unknown {
  return entry(raw, 'DefaultValue');
}

/**
 * `Fn::FindInMap`: the mapped value when both keys are known; a missing key
 * falls back to `DefaultValue` or is a dangling reference.
 */
export const fnFindInMap: Intrinsic = (args, site, env) => {
  const inputs = listArgs('Fn::FindInMap', args, { min: 3, max: 4 }, site, env);
  if (inputs === undefined) return malformed('Fn::FindInMap');
  const fallback = inputs[3] === undefined ? undefined : defaultValueOf(inputs[3].raw);
  return new Plan(inputs.slice(0, 3), (keys) => {
    const [name = null, top = null, second = null] = keys;
    if (!isScalar(name)) return unknownFrom('Fn::FindInMap of a mapping known only at deploy time', keys);
    const mapping = entry(env.scope.mappings, String(name));
    if (mapping === undefined) {
      env.report(
        'dangling-reference',
        `Fn::FindInMap names mapping ${name}, which is not defined`,
        site.line,
      );
      return unknownFrom(`Fn::FindInMap of undefined mapping ${name}`, keys);
    }
    if (!isScalar(top) || !isScalar(second)) {
      return unknownFrom('Fn::FindInMap with a key known only at deploy time', keys);
    }
    const topLevel = entry(mapping, String(top));
    const found = entry(topLevel, String(second));
    if (found !== undefined) {
      return evaluateThen({ raw: found, line: env.lineOf(topLevel as object, String(second)) ?? site.line });
    }
    if (fallback !== undefined) return evaluateThen({ raw: fallback, line: site.line });
    env.report('dangling-reference', `Fn::FindInMap key is not in mapping ${name}`, site.line);
    return unknownFrom(`Fn::FindInMap key not in mapping ${name}`, keys);
  });
};

/** `Fn::ImportValue`: exported by another stack, so unknown here; references in its name are kept. */
export const fnImportValue: Intrinsic = (args, site) =>
  evaluateThen(singleArg(args, site), (name) =>
    unknownFrom('Fn::ImportValue is exported by another stack', [name]),
  );

/** `Fn::Transform`: a macro's output is known only when CloudFormation runs it. */
export const fnTransform: Intrinsic = (args, site) =>
  evaluateThen(singleArg(args, site), (value) =>
    unknownFrom('Fn::Transform output comes from a macro', [value]),
  );
