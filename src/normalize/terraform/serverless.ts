// aws_lambda_function, aws_sqs_queue, aws_sns_topic and WAFv2 web ACLs with their associations.
import { draft, type Mapper, only, relate } from '../draft.js';
import { asList, get, refTargets } from '../values.js';
import { block } from './blocks.js';

/** Outside a VPC a function is a regional service; inside one it runs in its subnets' zones. */
export const mapFunction: Mapper = (fact) => {
  const fn = draft('aws.lambda.function', fact);
  const subnetIds = get(block(get(fact.properties, 'vpc_config')), 'subnet_ids');
  if (subnetIds === undefined || (Array.isArray(subnetIds) && asList(subnetIds).length === 0)) {
    fn.attributes.regionalService = true;
  }
  fn.zonesFromSubnets = true;
  relate(fn, 'subnet', refTargets(subnetIds));
  relate(fn, 'uses', refTargets(get(block(get(fact.properties, 'environment')), 'variables')));
  return only(fn);
};

export const mapQueue: Mapper = (fact) => only(draft('aws.sqs.queue', fact, { regionalService: true }));

export const mapTopic: Mapper = (fact) => only(draft('aws.sns.topic', fact, { regionalService: true }));

export const mapWebAcl: Mapper = (fact) => only(draft('aws.wafv2.web-acl', fact));

/** The association is a component, and the protected resource gets a `webAcl` relation too. */
export const mapWebAclAssociation: Mapper = (fact) => {
  const association = draft('aws.wafv2.association', fact);
  const resources = refTargets(get(fact.properties, 'resource_arn'));
  const acls = refTargets(get(fact.properties, 'web_acl_arn'));
  relate(association, 'resource', resources);
  relate(association, 'webAcl', acls);
  const attachments = resources.flatMap((source) =>
    acls.map((target) => ({ source, role: 'webAcl', target })),
  );
  return { components: [association], attachments };
};
