import type { Component } from '../../model/component.js';
import { isWholePercent, resolveIntOrPercent } from '../kubernetes/int-or-percent.js';
import { nameList } from '../kubernetes/relations.js';
import { byNode, lowestReplicas } from '../kubernetes/workloads.js';
import { indexModel } from '../model-index.js';
import { noOptions } from '../options.js';
import { type CheckReport, defineCheck } from '../types.js';

/** Why a budget lets no pod be evicted, or undefined when it lets one go. */
function blockingReason(budget: Component, targets: Component[]): string | undefined {
  const { maxUnavailable, minAvailable } = budget.attributes;
  if (maxUnavailable !== undefined) {
    // A percentage of 0 is 0 of any count; other percentages round up to at least one pod.
    const allowed = resolveIntOrPercent(maxUnavailable, 1, 'up');
    return allowed === 0 ? `maxUnavailable is ${maxUnavailable}` : undefined;
  }
  if (minAvailable === undefined) return undefined;
  if (isWholePercent(minAvailable)) return `minAvailable is ${minAvailable}`;
  for (const target of targets) {
    const replicas = lowestReplicas(target);
    const required = resolveIntOrPercent(minAvailable, replicas, 'up');
    if (required !== undefined && required >= replicas)
      return `minAvailable is ${minAvailable} and ${target.name} may run ${replicas} ${replicas === 1 ? 'replica' : 'replicas'}`;
  }
  return undefined;
}

/**
 * PodDisruptionBudgets that allow no voluntary eviction: maxUnavailable 0
 * (or 0%), minAvailable 100%, or minAvailable at or above the replicas of a
 * workload it protects. Node drains then hang, and cluster upgrades stall or
 * force the eviction anyway.
 */
export const disruptionBudgetBlocksEviction = defineCheck<Record<string, never>>({
  name: 'disruption-budget-blocks-eviction',
  summary: 'a PodDisruptionBudget that allows no voluntary eviction',
  parse: noOptions,
  dataKeys: () => ['name', 'reason', 'workloads'],
  detect(ctx) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const budget of index.byKind('k8s.pod-disruption-budget')) {
      const targets = budget.relations
        .filter((relation) => relation.role === 'protects')
        .map((relation) => index.byId.get(relation.target))
        .filter((target): target is Component => target !== undefined)
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      const reason = blockingReason(budget, targets);
      if (!reason) continue;
      reports.push({
        node: budget.id,
        data: {
          name: budget.name,
          reason,
          workloads: targets.length > 0 ? nameList(targets) : 'the pods it selects',
        },
      });
    }
    return reports.sort(byNode);
  },
});
