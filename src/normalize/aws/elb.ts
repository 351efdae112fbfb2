// AWS::ElasticLoadBalancingV2 (ALB, NLB, GWLB) and the classic AWS::ElasticLoadBalancing.
import type { ComponentAttributes } from '../../model/component.js';
import type { ResourceFact } from '../../model/facts.js';
import type { Value } from '../../model/value.js';
import { type Draft, draft, linkEach, type Mapper, only, relate } from '../draft.js';
import { asBoolean, asList, asString, get, refTargets } from '../values.js';
import { AWS_DEFAULTS } from './defaults.js';

type Scheme = NonNullable<ComponentAttributes['scheme']>;
type LoadBalancerType = NonNullable<ComponentAttributes['loadBalancerType']>;

/** CloudFormation defaults: `internet-facing`, `application`. A gateway load balancer has no scheme. */
export function loadBalancerAttributes(
  scheme: string | undefined,
  type: string | undefined,
): ComponentAttributes {
  const loadBalancerType: LoadBalancerType =
    type === 'network' || type === 'gateway' ? type : AWS_DEFAULTS.loadBalancer.type;
  if (loadBalancerType === 'gateway') return { loadBalancerType };
  return {
    loadBalancerType,
    scheme: scheme === 'internal' ? 'internal' : (AWS_DEFAULTS.loadBalancer.scheme satisfies Scheme),
  };
}

function attribute(fact: ResourceFact, key: string): Value | undefined {
  const entry = asList(get(fact.properties, 'LoadBalancerAttributes')).find(
    (item) => get(item, 'Key') === key,
  );
  return get(entry, 'Value');
}

export const mapLoadBalancer: Mapper = (fact) => {
  const attributes = loadBalancerAttributes(
    asString(get(fact.properties, 'Scheme')),
    asString(get(fact.properties, 'Type')),
  );
  const wafFailOpen = asBoolean(attribute(fact, 'waf.fail_open.enabled'));
  if (wafFailOpen !== undefined) attributes.wafFailOpen = wafFailOpen;
  const balancer = draft('aws.elb.load-balancer', fact, attributes);
  balancer.zonesFromSubnets = true;
  relate(balancer, 'subnet', refTargets(get(fact.properties, 'Subnets')));
  for (const mapping of asList(get(fact.properties, 'SubnetMappings'))) {
    relate(balancer, 'subnet', refTargets(get(mapping, 'SubnetId')));
    relate(balancer, 'eip', refTargets(get(mapping, 'AllocationId')));
  }
  return only(balancer);
};

/** Target groups an action forwards to, simple or weighted. */
function actionTargetGroups(actions: Value | undefined): string[] {
  const found: string[] = [];
  for (const action of asList(actions)) {
    found.push(...refTargets(get(action, 'TargetGroupArn')));
    for (const weighted of asList(get(action, 'ForwardConfig', 'TargetGroups'))) {
      found.push(...refTargets(get(weighted, 'TargetGroupArn')));
    }
  }
  return found;
}

export const mapListener: Mapper = (fact) => {
  const listener = draft('aws.elb.listener', fact);
  relate(listener, 'loadBalancer', refTargets(get(fact.properties, 'LoadBalancerArn')));
  relate(listener, 'targetGroup', actionTargetGroups(get(fact.properties, 'DefaultActions')));
  return only(listener);
};

/**
 * A rule is no component: its target groups become `ruleTargetGroup` relations of
 * its listener. A rule serves some paths or hosts only, so losing its targets
 * does not take the listener's whole entry down.
 */
export const mapListenerRule: Mapper = (fact) =>
  linkEach(
    refTargets(get(fact.properties, 'ListenerArn')),
    'ruleTargetGroup',
    actionTargetGroups(get(fact.properties, 'Actions')),
  );

export const mapTargetGroup: Mapper = (fact) => {
  const group = draft('aws.elb.target-group', fact);
  relate(group, 'vpc', refTargets(get(fact.properties, 'VpcId')));
  for (const target of asList(get(fact.properties, 'Targets')))
    relate(group, 'target', refTargets(get(target, 'Id')));
  return only(group);
};

export const mapClassicLoadBalancer: Mapper = (fact, context) => {
  const balancer: Draft = draft('aws.elb.load-balancer', fact, {
    loadBalancerType: 'classic',
    scheme:
      asString(get(fact.properties, 'Scheme')) === 'internal' ? 'internal' : AWS_DEFAULTS.loadBalancer.scheme,
  });
  balancer.zones = context.zones(get(fact.properties, 'AvailabilityZones'));
  balancer.zonesFromSubnets = balancer.zones.length === 0;
  relate(balancer, 'subnet', refTargets(get(fact.properties, 'Subnets')));
  relate(balancer, 'target', refTargets(get(fact.properties, 'Instances')));
  return only(balancer);
};
