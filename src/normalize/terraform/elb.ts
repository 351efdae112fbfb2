// aws_lb / aws_alb, listeners, listener rules, target groups and their attachments.
import type { Value } from '../../model/value.js';
import { loadBalancerAttributes } from '../aws/elb.js';
import { draft, linkEach, type Mapper, only, relate } from '../draft.js';
import { asBoolean, asString, get, refTargets } from '../values.js';
import { block, blocks } from './blocks.js';

/** `internal = true` is the `internal` scheme; left out, internet-facing. */
export const mapLoadBalancer: Mapper = (fact) => {
  const { properties } = fact;
  const internal = asBoolean(get(properties, 'internal')) === true;
  const attributes = loadBalancerAttributes(
    internal ? 'internal' : undefined,
    asString(get(properties, 'load_balancer_type')),
  );
  const wafFailOpen = asBoolean(get(properties, 'enable_waf_fail_open'));
  if (wafFailOpen !== undefined) attributes.wafFailOpen = wafFailOpen;
  const balancer = draft('aws.elb.load-balancer', fact, attributes);
  balancer.zonesFromSubnets = true;
  relate(balancer, 'subnet', refTargets(get(properties, 'subnets')));
  for (const mapping of blocks(get(properties, 'subnet_mapping'))) {
    relate(balancer, 'subnet', refTargets(get(mapping, 'subnet_id')));
    relate(balancer, 'eip', refTargets(get(mapping, 'allocation_id')));
  }
  return only(balancer);
};

/** Target groups an action forwards to, simple (`target_group_arn`) or weighted (`forward`). */
function actionTargetGroups(actions: Value | undefined): string[] {
  const found: string[] = [];
  for (const action of blocks(actions)) {
    found.push(...refTargets(get(action, 'target_group_arn')));
    for (const weighted of blocks(get(block(get(action, 'forward')), 'target_group'))) {
      found.push(...refTargets(get(weighted, 'arn')));
    }
  }
  return found;
}

export const mapListener: Mapper = (fact) => {
  const listener = draft('aws.elb.listener', fact);
  relate(listener, 'loadBalancer', refTargets(get(fact.properties, 'load_balancer_arn')));
  relate(listener, 'targetGroup', actionTargetGroups(get(fact.properties, 'default_action')));
  return only(listener);
};

/** A rule is no component: its target groups become `ruleTargetGroup` relations of its listener. */
export const mapListenerRule: Mapper = (fact) =>
  linkEach(
    refTargets(get(fact.properties, 'listener_arn')),
    'ruleTargetGroup',
    actionTargetGroups(get(fact.properties, 'action')),
  );

export const mapTargetGroup: Mapper = (fact) => {
  const group = draft('aws.elb.target-group', fact);
  relate(group, 'vpc', refTargets(get(fact.properties, 'vpc_id')));
  return only(group);
};

/** The attachment CloudFormation writes as a target group's `Targets`: the group gets a `target`. */
export const mapTargetGroupAttachment: Mapper = (fact) =>
  linkEach(
    refTargets(get(fact.properties, 'target_group_arn')),
    'target',
    refTargets(get(fact.properties, 'target_id')),
  );
