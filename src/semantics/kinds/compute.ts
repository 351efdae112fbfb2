import type { Component } from '../../model/component.js';
import { dependenciesOf } from '../dependencies.js';
import { spreadOver, type UnknownZones, zonesOf } from '../placement.js';
import type { KindSemantics, Requirement, SemanticsContext, Shape } from '../shape.js';
import { lowest, onePerZone, regional, requirementsOf, zonal } from './common.js';

/**
 * More copies than this add no failure that fewer do not show (copies in the
 * same zone fail together), and keep a 1000-task service from flooding the graph.
 */
const MAX_REPLICAS = 32;

/** `count` copies round-robin over the component's zones, each needing every shared requirement. */
function scaled(
  component: Component,
  context: SemanticsContext,
  count: number,
  unknown: UnknownZones,
  shared: Requirement[],
): Shape {
  const zones = zonesOf(component, context.index);
  if (zones.allZones) {
    const location = component.locations[0];
    context.diagnostics.push({
      code: 'unresolved-value',
      level: 'note',
      message: `${component.name} runs in every zone of its region without naming them: assumed two distinct zones (#0, #1).`,
      ...(location ? { file: location.file, line: location.line } : {}),
    });
  }
  const placements = spreadOver(component, zones, Math.min(count, MAX_REPLICAS), unknown);
  return { type: 'replicas', gate: { type: 'any' }, placements, shared };
}

/**
 * Auto Scaling (and an EKS node group, which runs on it) may scale in to
 * MinSize, so that is how many instances it can be counted on for.
 */
const scaledToMinSize: KindSemantics = (component, context) =>
  scaled(
    component,
    context,
    lowest(component.attributes.minSize),
    'one-unknown-zone',
    requirementsOf(dependenciesOf(component, context.index)),
  );

/** The Auto Scaling groups that give an ECS service's clusters their EC2 capacity. */
function capacityOf(component: Component, context: SemanticsContext): Requirement[] {
  const launchType = component.attributes.launchType?.toUpperCase();
  if (launchType === 'FARGATE' || launchType === 'EXTERNAL') return [];
  const requirements: Requirement[] = [];
  for (const cluster of context.index.relatedOfKind(component, 'aws.ecs.cluster')) {
    for (const group of context.index.relatedOfKind(cluster, 'aws.autoscaling.group')) {
      requirements.push({ node: group.id, reason: 'capacity', locations: cluster.locations });
    }
  }
  return requirements;
}

/**
 * ECS keeps the desired count running and, by default, spreads tasks over
 * zones. A daemon service (no count) runs a task on every instance of its
 * capacity, so it stands wherever that capacity does.
 */
const ecsService: KindSemantics = (component, context) => {
  const shared = [
    ...requirementsOf(dependenciesOf(component, context.index)),
    ...capacityOf(component, context),
  ];
  if (component.attributes.count === undefined) {
    return { type: 'single', placement: { domain: 'region', region: component.region }, requires: shared };
  }
  return scaled(component, context, lowest(component.attributes.count), 'distinct-zones', shared);
};

/** A Lambda in a VPC runs through network interfaces in each of its subnets' zones; without a VPC it is regional. */
const lambdaFunction: KindSemantics = (component, context) => {
  const zones = zonesOf(component, context.index);
  if (zones.slots.length === 0) return regional(component, context);
  return onePerZone(component, context, requirementsOf(dependenciesOf(component, context.index)));
};

/** Compute kinds and what they become. */
export const computeSemantics = {
  'aws.autoscaling.group': scaledToMinSize,
  'aws.ec2.instance': zonal,
  'aws.ec2.launch-template': regional,
  'aws.ecs.cluster': regional,
  'aws.ecs.service': ecsService,
  'aws.ecs.task-definition': regional,
  'aws.eks.cluster': regional,
  'aws.eks.nodegroup': scaledToMinSize,
  'aws.lambda.function': lambdaFunction,
} satisfies Record<string, KindSemantics>;
