import type { Component } from '../../model/component.js';
import { indexModel, type ModelIndex } from '../model-index.js';
import { OptionReader } from '../options.js';
import { type CheckReport, defineCheck } from '../types.js';
import { kindTitle } from './kinds-option.js';

/** Kinds that register their own instances or tasks in a target group. */
const DYNAMIC_FEEDERS = new Set(['aws.autoscaling.group', 'aws.ecs.service', 'aws.eks.nodegroup']);

/** What bounds a component's copies from below, and how it is called in a message. */
function lowerBound(
  index: ModelIndex,
  component: Component,
): { measure: string; capacity: number } | undefined {
  const { attributes } = component;
  switch (component.kind) {
    case 'aws.autoscaling.group':
    case 'aws.eks.nodegroup':
      return attributes.minSize === undefined
        ? undefined
        : { measure: 'minimum size', capacity: attributes.minSize };
    case 'aws.ecs.service':
      return attributes.count === undefined
        ? undefined
        : { measure: 'desired count', capacity: attributes.count };
    case 'aws.elb.target-group': {
      if (index.referrers(component.id).some((c) => DYNAMIC_FEEDERS.has(c.kind))) return undefined;
      const targets = new Set(component.relations.filter((r) => r.role === 'target').map((r) => r.target));
      return targets.size === 0 ? undefined : { measure: 'registered targets', capacity: targets.size };
    }
    default:
      return undefined;
  }
}

/**
 * Services that may run fewer than `minimum` copies: an Auto Scaling group or
 * EKS node group by its minimum size, an ECS service by its desired count
 * (a DAEMON service has none), a target group by its static targets when no
 * group or service registers targets in it.
 */
export const capacityBelow = defineCheck<{ minimum: number }>({
  name: 'capacity-below',
  summary: 'a group, service or target group that may run fewer copies than a minimum',
  parse(raw, issues) {
    const reader = new OptionReader(raw, issues);
    const minimum = reader.number('minimum', true) ?? 2;
    reader.done();
    return { minimum };
  },
  dataKeys: () => ['capacity', 'kind', 'measure', 'minimum', 'name'],
  detect(ctx, { minimum }) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const component of ctx.model.components) {
      const bound = lowerBound(index, component);
      if (!bound || bound.capacity >= minimum) continue;
      reports.push({
        node: component.id,
        data: { ...bound, kind: kindTitle(component.kind), minimum, name: component.name },
      });
    }
    return reports.sort((a, b) => (a.node < b.node ? -1 : 1));
  },
});
