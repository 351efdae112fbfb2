import type { Component } from '../../model/component.js';
import { indexModel, type ModelIndex, neighbours } from '../model-index.js';
import { noOptions } from '../options.js';
import { type CheckReport, defineCheck } from '../types.js';

/** What registers instances: target groups, and classic load balancers (`Instances`). */
const REGISTRARS = new Set(['aws.elb.target-group', 'aws.elb.load-balancer']);

/** Other EC2 instances behind the same target group or classic load balancer as `instance`. */
function peers(index: ModelIndex, instance: Component): Set<string> {
  const others = new Set<string>();
  for (const group of neighbours(index, instance)) {
    if (!REGISTRARS.has(group.kind)) continue;
    for (const member of neighbours(index, group))
      if (member.kind === 'aws.ec2.instance' && member.id !== instance.id) others.add(member.id);
  }
  return others;
}

/**
 * EC2 instances that nothing replaces: not launched by an Auto Scaling group
 * (those are not declared one by one) and not one of several instances
 * behind a target group or classic load balancer.
 */
export const standaloneInstance = defineCheck<Record<string, never>>({
  name: 'standalone-instance',
  summary: 'an EC2 instance with no peer behind a target group and no Auto Scaling group',
  parse: noOptions,
  dataKeys: () => ['name'],
  detect(ctx) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const instance of index.byKind('aws.ec2.instance')) {
      if (peers(index, instance).size > 0) continue;
      reports.push({ node: instance.id, data: { name: instance.name } });
    }
    return reports;
  },
});
