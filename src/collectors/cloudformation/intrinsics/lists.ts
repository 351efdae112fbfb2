import { AllZonesValue, ZoneValue } from '../../../model/value.js';
import { evaluateThen, Plan } from '../plan.js';
import { unknownFrom } from '../values.js';
import { type Intrinsic, indexOf, listArgs, malformed, singleArg } from './args.js';

/**
 * `Fn::Select`: an item of a known list; over `Fn::GetAZs`, the zone with that
 * index, so distinct indices stay distinct zones when the region is unknown.
 */
export const fnSelect: Intrinsic = (args, site, env) => {
  const inputs = listArgs('Fn::Select', args, { min: 2, max: 2 }, site, env);
  if (inputs === undefined) return malformed('Fn::Select');
  return new Plan(inputs, ([rawIndex = null, list = null]) => {
    const index = indexOf(rawIndex);
    if (index === undefined) return unknownFrom('Fn::Select with an index known only at deploy time', [list]);
    if (list instanceof AllZonesValue) return new ZoneValue(undefined, index, list.region);
    if (!Array.isArray(list)) return unknownFrom('Fn::Select from a list known only at deploy time', [list]);
    const item = list[index];
    if (item === undefined) {
      env.report(
        'invalid-template',
        `Fn::Select index ${index} is outside a list of ${list.length}`,
        site.line,
      );
      return unknownFrom('Fn::Select index out of range', [list]);
    }
    return item;
  });
};

/**
 * `Fn::GetAZs`: all zones of a literal region; any other region (`''`,
 * `AWS::Region`, a parameter without default) is taken as the deployment
 * region, since a stack's zonal resources can only live there.
 */
export const fnGetAZs: Intrinsic = (args, site) =>
  evaluateThen(singleArg(args, site), (region) =>
    typeof region === 'string' && region !== '' ? new AllZonesValue(region) : new AllZonesValue(undefined),
  );

/** `Fn::Length` (AWS::LanguageExtensions): the length of a known list. */
export const fnLength: Intrinsic = (args, site) =>
  evaluateThen(singleArg(args, site), (list) => {
    if (Array.isArray(list)) return list.length;
    return unknownFrom('Fn::Length of a list known only at deploy time', [list]);
  });

/** `Fn::Cidr`: address blocks are computed by CloudFormation; only the references inside are kept. */
export const fnCidr: Intrinsic = (args, site, env) => {
  const inputs = listArgs('Fn::Cidr', args, { min: 2, max: 3 }, site, env);
  if (inputs === undefined) return malformed('Fn::Cidr');
  return new Plan(inputs, (results) => unknownFrom('Fn::Cidr is computed at deploy time', results));
};
