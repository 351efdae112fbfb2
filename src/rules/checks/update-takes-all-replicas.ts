import type { Component } from '../../model/component.js';
import { isWholePercent, resolveIntOrPercent } from '../kubernetes/int-or-percent.js';
import { byNode, lowestReplicas } from '../kubernetes/workloads.js';
import { indexModel } from '../model-index.js';
import { noOptions } from '../options.js';
import { type CheckReport, defineCheck } from '../types.js';
import { kindTitle } from './kinds-option.js';

/** Why a rollout stops every replica at once, or undefined. */
function allAtOnce(workload: Component): string | undefined {
  const { updateStrategy, maxUnavailable } = workload.attributes;
  if (updateStrategy === 'Recreate')
    return 'its Recreate strategy stops every pod before starting the new ones';
  if (updateStrategy === 'OnDelete' || maxUnavailable === undefined) return undefined;
  if (isWholePercent(maxUnavailable)) return `its rolling update's maxUnavailable is ${maxUnavailable}`;
  const replicas = lowestReplicas(workload);
  const unavailable = resolveIntOrPercent(maxUnavailable, replicas, 'down');
  if (unavailable !== undefined && unavailable >= replicas)
    return `its rolling update's maxUnavailable (${maxUnavailable}) is at least its ${replicas} ${replicas === 1 ? 'replica' : 'replicas'}`;
  return undefined;
}

/**
 * Deployments and StatefulSets whose rollout takes every replica down at
 * once: the Recreate strategy, or a rolling update whose maxUnavailable is
 * 100% or at least the replica count. Every update is then an outage.
 */
export const updateTakesAllReplicas = defineCheck<Record<string, never>>({
  name: 'update-takes-all-replicas',
  summary: 'a workload whose rollout stops every replica at once',
  parse: noOptions,
  dataKeys: () => ['kind', 'name', 'reason'],
  detect(ctx) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const kind of ['k8s.deployment', 'k8s.statefulset'] as const) {
      for (const workload of index.byKind(kind)) {
        const reason = allAtOnce(workload);
        if (!reason) continue;
        reports.push({
          node: workload.id,
          data: { kind: kindTitle(workload.kind), name: workload.name, reason },
        });
      }
    }
    return reports.sort(byNode);
  },
});
