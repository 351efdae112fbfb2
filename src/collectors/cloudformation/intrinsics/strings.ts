import { evaluateThen, Plan } from '../plan.js';
import { isFullyKnown, isScalar, unknownFrom } from '../values.js';
import { type Intrinsic, listArgs, malformed, singleArg } from './args.js';

/** `Fn::Join`: a string when the delimiter and every item are known, else unknown with the items' references. */
export const fnJoin: Intrinsic = (args, site, env) => {
  const inputs = listArgs('Fn::Join', args, { min: 2, max: 2 }, site, env);
  if (inputs === undefined) return malformed('Fn::Join');
  return new Plan(inputs, ([delimiter = null, list = null]) => {
    if (typeof delimiter === 'string' && Array.isArray(list) && list.every(isScalar)) {
      return list.map(String).join(delimiter);
    }
    return unknownFrom('Fn::Join of values known only at deploy time', [list]);
  });
};

/** `Fn::Split`: a list when the delimiter and the string are known. */
export const fnSplit: Intrinsic = (args, site, env) => {
  const inputs = listArgs('Fn::Split', args, { min: 2, max: 2 }, site, env);
  if (inputs === undefined) return malformed('Fn::Split');
  return new Plan(inputs, ([delimiter = null, source = null]) => {
    if (typeof delimiter === 'string' && delimiter !== '' && typeof source === 'string') {
      return source.split(delimiter);
    }
    return unknownFrom('Fn::Split of a string known only at deploy time', [source]);
  });
};

/** `Fn::Base64`: only an encoding, so the known text stands for itself. */
export const fnBase64: Intrinsic = (args, site) =>
  evaluateThen(singleArg(args, site), (value) => {
    if (typeof value === 'string') return value;
    return unknownFrom('Fn::Base64 of a value known only at deploy time', [value]);
  });

/** `Fn::ToJsonString` (AWS::LanguageExtensions): JSON text of a fully known value. */
export const fnToJsonString: Intrinsic = (args, site) =>
  evaluateThen(singleArg(args, site), (value) => {
    if (isFullyKnown(value)) return JSON.stringify(value);
    return unknownFrom('Fn::ToJsonString of a value known only at deploy time', [value]);
  });
