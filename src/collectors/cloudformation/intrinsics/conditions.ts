import { ChoiceValue, UnknownValue } from '../../../model/value.js';
import { andThen, evaluateThen, Plan } from '../plan.js';
import { type Evaluated, isFullyKnown, storable, unknownFrom } from '../values.js';
import { type Intrinsic, listArgs, malformed } from './args.js';
import { conditionValue } from './references.js';

/**
 * `Fn::If`: a decided condition evaluates only its branch; an undecided one
 * keeps both as a choice (a removed branch reads as null inside it).
 */
export const fnIf: Intrinsic = (args, site, env) => {
  const inputs = listArgs('Fn::If', args, { min: 3, max: 3 }, site, env);
  const [name, whenTrue, whenFalse] = inputs ?? [];
  if (name === undefined || whenTrue === undefined || whenFalse === undefined) return malformed('Fn::If');
  if (typeof name.raw !== 'string') {
    env.report('invalid-template', 'Fn::If takes a condition name first', site.line);
    return malformed('Fn::If');
  }
  const conditionName = name.raw;
  return andThen(conditionValue(conditionName, site, env), (decided) => {
    if (decided === true) return evaluateThen(whenTrue);
    if (decided === false) return evaluateThen(whenFalse);
    return new Plan([whenTrue, whenFalse], ([yes, no]) => {
      return new ChoiceValue(conditionName, storable(yes ?? null), storable(no ?? null));
    });
  });
};

function sameValue(a: Evaluated, b: Evaluated): boolean {
  const scalar = (value: Evaluated) =>
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  if (scalar(a) && scalar(b)) return String(a) === String(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `Fn::Equals`: decided when both sides are known; CloudFormation compares them as strings. */
export const fnEquals: Intrinsic = (args, site, env) => {
  const inputs = listArgs('Fn::Equals', args, { min: 2, max: 2 }, site, env);
  if (inputs === undefined) return malformed('Fn::Equals');
  return new Plan(inputs, ([a = null, b = null]) => {
    if (isFullyKnown(a) && isFullyKnown(b)) return sameValue(a, b);
    return unknownFrom('Fn::Equals of a value known only at deploy time', [a, b]);
  });
};

/** `Fn::And` / `Fn::Or`: decided by one deciding operand even when others are unknown. */
function logical(name: 'Fn::And' | 'Fn::Or', decisive: boolean): Intrinsic {
  return (args, site, env) => {
    const inputs = listArgs(name, args, { min: 2, max: 10 }, site, env);
    if (inputs === undefined) return malformed(name);
    return new Plan(inputs, (results) => {
      if (results.some((value) => value === decisive)) return decisive;
      if (results.every((value) => value === !decisive)) return !decisive;
      return new UnknownValue(`${name} of a condition decided at deploy time`);
    });
  };
}

export const fnAnd = logical('Fn::And', false);
export const fnOr = logical('Fn::Or', true);

export const fnNot: Intrinsic = (args, site, env) => {
  const inputs = listArgs('Fn::Not', args, { min: 1, max: 1 }, site, env);
  if (inputs === undefined) return malformed('Fn::Not');
  return new Plan(inputs, ([value]) => {
    if (typeof value === 'boolean') return !value;
    return new UnknownValue('Fn::Not of a condition decided at deploy time');
  });
};
