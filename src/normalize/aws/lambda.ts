// AWS::Lambda::Function.
import { draft, type Mapper, only, relate } from '../draft.js';
import { get, refTargets } from '../values.js';

/** Outside a VPC a function is a regional service; inside one it runs in its subnets' zones. */
export const mapFunction: Mapper = (fact) => {
  const fn = draft('aws.lambda.function', fact);
  const subnetIds = get(fact.properties, 'VpcConfig', 'SubnetIds');
  const subnets = refTargets(subnetIds);
  if (subnetIds === undefined || (Array.isArray(subnetIds) && subnetIds.length === 0)) {
    fn.attributes.regionalService = true;
  }
  fn.zonesFromSubnets = true;
  relate(fn, 'subnet', subnets);
  relate(fn, 'uses', refTargets(get(fact.properties, 'Environment', 'Variables')));
  return only(fn);
};
