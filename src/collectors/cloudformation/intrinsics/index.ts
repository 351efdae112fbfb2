import type { Intrinsic } from './args.js';
import { fnAnd, fnEquals, fnIf, fnNot, fnOr } from './conditions.js';
import { fnCidr, fnGetAZs, fnLength, fnSelect } from './lists.js';
import { fnFindInMap, fnImportValue, fnTransform } from './lookups.js';
import { condition, getAtt, ref } from './references.js';
import { fnBase64, fnJoin, fnSplit, fnToJsonString } from './strings.js';
import { fnSub } from './sub.js';

/**
 * Every intrinsic function spof evaluates, by its long-form key (CloudFormation
 * "Intrinsic function reference"). Any other `Fn::` key is `unknown-intrinsic`.
 * Adding one is one planner and one line here.
 */
export const INTRINSICS: ReadonlyMap<string, Intrinsic> = new Map<string, Intrinsic>([
  ['Condition', condition],
  ['Fn::And', fnAnd],
  ['Fn::Base64', fnBase64],
  ['Fn::Cidr', fnCidr],
  ['Fn::Equals', fnEquals],
  ['Fn::FindInMap', fnFindInMap],
  ['Fn::GetAZs', fnGetAZs],
  ['Fn::GetAtt', getAtt],
  ['Fn::If', fnIf],
  ['Fn::ImportValue', fnImportValue],
  ['Fn::Join', fnJoin],
  ['Fn::Length', fnLength],
  ['Fn::Not', fnNot],
  ['Fn::Or', fnOr],
  ['Fn::Select', fnSelect],
  ['Fn::Split', fnSplit],
  ['Fn::Sub', fnSub],
  ['Fn::ToJsonString', fnToJsonString],
  ['Fn::Transform', fnTransform],
  ['Ref', ref],
]);
