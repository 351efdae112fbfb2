import { UnknownValue } from '../../../model/value.js';
import { type Evaluated, REMOVED } from '../values.js';

/**
 * Pseudo parameters (CloudFormation "Pseudo parameters reference"). Only what
 * holds for every deployment is known; the rest is the deployment's own.
 */
export const PSEUDO_PARAMETERS: ReadonlyMap<string, Evaluated> = new Map<string, Evaluated>([
  ['AWS::AccountId', new UnknownValue('AWS::AccountId is the deploying account')],
  ['AWS::NoValue', REMOVED],
  ['AWS::NotificationARNs', new UnknownValue('AWS::NotificationARNs are set at deploy time')],
  ['AWS::Partition', 'aws'],
  ['AWS::Region', new UnknownValue('AWS::Region is the deployment region')],
  ['AWS::StackId', new UnknownValue('AWS::StackId is set at deploy time')],
  ['AWS::StackName', new UnknownValue('AWS::StackName is set at deploy time')],
  ['AWS::URLSuffix', 'amazonaws.com'],
]);
