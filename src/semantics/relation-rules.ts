import type { ComponentKind } from '../model/kinds.js';

/**
 * Which way a relation means "requires". By default the source of a relation
 * requires its target (a task definition's `ref` to a database endpoint). The
 * tables below hold the exceptions, by the kinds at both ends, so the answer
 * does not depend on which side a format happens to write the reference on.
 */

/**
 * `source → target` relations where it is the target that requires the source,
 * with the reason the requiring side's edge gets (the relation's own role names
 * the other direction: a listener's `loadBalancer` is the balancer's `listener`).
 */
const REVERSED: ReadonlyMap<string, string> = new Map([
  ['aws.autoscaling.group>aws.elb.load-balancer', 'target'],
  ['aws.autoscaling.group>aws.elb.target-group', 'target'],
  ['aws.ec2.route-table>aws.ec2.subnet', 'routeTable'],
  ['aws.ec2.route>aws.ec2.route-table', 'route'],
  ['aws.ecs.service>aws.elb.load-balancer', 'target'],
  ['aws.ecs.service>aws.elb.target-group', 'target'],
  ['aws.eks.nodegroup>aws.elb.target-group', 'target'],
  ['aws.elb.listener>aws.elb.load-balancer', 'listener'],
  ['aws.rds.instance>aws.rds.cluster', 'member'],
  ['aws.wafv2.association>aws.apigateway.api', 'waf'],
  ['aws.wafv2.association>aws.apigateway.stage', 'waf'],
  ['aws.wafv2.association>aws.elb.load-balancer', 'waf'],
]);

/** The edge reason when `target` requires `source` against the relation's direction. */
export function reversedReason(source: ComponentKind, target: ComponentKind): string | undefined {
  return REVERSED.get(`${source}>${target}`);
}

/**
 * Sources whose outgoing references are not runtime needs: a topic does not
 * need its subscribers, a bucket its notification targets or replica, a queue
 * its dead-letter queue, a hosted zone its VPC associations.
 */
const NO_REQUIREMENTS_FROM: ReadonlySet<ComponentKind> = new Set<ComponentKind>([
  'aws.dynamodb.table',
  'aws.ec2.vpc',
  'aws.route53.health-check',
  'aws.route53.hosted-zone',
  'aws.s3.bucket',
  'aws.sns.topic',
  'aws.sqs.queue',
  // An autoscaler `scales` and a disruption budget `protects` a workload: control, not a need.
  'k8s.horizontal-pod-autoscaler',
  'k8s.pod-disruption-budget',
]);

/**
 * Targets that are configuration, not something running: a VPC never fails on
 * its own (its zones and region do), a launch template is read only to launch
 * a replacement, a health check watches rather than serves.
 */
const NEVER_REQUIRED: ReadonlySet<ComponentKind> = new Set<ComponentKind>([
  'aws.ec2.launch-template',
  'aws.ec2.vpc',
  'aws.route53.health-check',
  // A compose volume is a directory on the project's host: it fails with the host, not on its own.
  'compose.volume',
  // A ConfigMap is read when a pod starts (`config`), a storage class when a volume is provisioned.
  'k8s.config-map',
  'k8s.storage-class',
]);

/** Pairs handled by a kind's own semantics (an ECS service reaches its cluster's capacity). */
const HANDLED_ELSEWHERE: ReadonlySet<string> = new Set([
  'aws.autoscaling.group>aws.ecs.cluster',
  'aws.ecs.cluster>aws.autoscaling.group',
]);

/**
 * Roles that name ordering, telemetry, data copies, ownership or a
 * narrower-than-default route (`routeTarget`: only some destinations go
 * there; `ruleTargetGroup`: only some paths or hosts of a listener go there),
 * never a need of the whole entry. A Pod `ownedBy` its ReplicaSet is one of
 * its pods, not something that needs the controller to keep serving.
 */
const IGNORED_ROLE =
  /^(depends-?on|logging|logs?|access-?logs?|log-?bucket|dead-?letter.*|health-?check|subscriptions?|notifications?|replication.*|replicas?-?destination|route-?target|rule-?target-?group|owned-?by)$/i;

const OWNED_BY_ROLE = /^owned-?by$/i;

/** A Pod's or ReplicaSet's relation to the controller that made it (`ownedBy`). */
export function isOwnership(role: string): boolean {
  return OWNED_BY_ROLE.test(role);
}

/**
 * Pairs where `dependsOn` is a runtime need, not creation order: compose's
 * `depends_on` names the services a service talks to (it is started after
 * them because it needs them), unlike CloudFormation's `DependsOn`.
 */
const DEPENDS_ON_IS_A_NEED: ReadonlySet<string> = new Set(['compose.service>compose.service']);
const DEPENDS_ON_ROLE = /^depends-?on$/i;

export type RelationMeaning = 'source-requires-target' | 'target-requires-source' | 'none';

export function relationMeaning(source: ComponentKind, target: ComponentKind, role: string): RelationMeaning {
  const pair = `${source}>${target}`;
  if (DEPENDS_ON_IS_A_NEED.has(pair) && DEPENDS_ON_ROLE.test(role)) return 'source-requires-target';
  if (IGNORED_ROLE.test(role) || HANDLED_ELSEWHERE.has(pair)) return 'none';
  if (REVERSED.has(pair)) return NO_REQUIREMENTS_FROM.has(target) ? 'none' : 'target-requires-source';
  if (NO_REQUIREMENTS_FROM.has(source) || NEVER_REQUIRED.has(target)) return 'none';
  return 'source-requires-target';
}

/** A relation from `source` to a subnet places the source there (except a route table's association). */
export function isPlacement(source: ComponentKind, target: ComponentKind): boolean {
  return target === 'aws.ec2.subnet' && source !== 'aws.ec2.route-table' && source !== 'aws.ec2.subnet';
}
