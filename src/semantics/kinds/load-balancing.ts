import type { ComponentKind } from '../../model/kinds.js';
import { dependenciesOf } from '../dependencies.js';
import type { KindSemantics } from '../shape.js';
import { anyMember, onePerZone, regional, requirementsOf } from './common.js';

/*
 * A load balancer has a node in each zone of its subnets (a classic ELB in
 * each of its AvailabilityZones), any of which serves; each needs the
 * listeners, and a listener the target groups it forwards to. A target group
 * serves while any registered target does.
 */

/** What a target group can send traffic to. */
const TARGET_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>([
  'aws.autoscaling.group',
  'aws.ec2.instance',
  'aws.ecs.service',
  'aws.eks.nodegroup',
  'aws.elb.load-balancer',
  'aws.lambda.function',
]);

/** The web ACL, reached directly or through its association. */
const WAF_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>([
  'aws.wafv2.association',
  'aws.wafv2.web-acl',
]);

const loadBalancer: KindSemantics = (component, context) => {
  const failOpen = component.attributes.wafFailOpen === true;
  // With WAF fail-open declared, traffic keeps flowing when the web ACL is unavailable.
  const dependencies = dependenciesOf(component, context.index).filter(
    (dependency) => !(failOpen && WAF_KINDS.has(dependency.component.kind)),
  );
  return onePerZone(component, context, requirementsOf(dependencies));
};

// Targets registered outside the input (by a controller, at deploy time) are unknown: no gate over nothing.
const targetGroup: KindSemantics = (component, context) =>
  anyMember(component, context, (kind) => TARGET_KINDS.has(kind));

/** Load balancing kinds and what they become. */
export const loadBalancingSemantics = {
  'aws.elb.listener': regional,
  'aws.elb.load-balancer': loadBalancer,
  'aws.elb.target-group': targetGroup,
} satisfies Record<string, KindSemantics>;
