import { referrersByRole } from '../kubernetes/relations.js';
import { byNode, multiReplicaWorkloads } from '../kubernetes/workloads.js';
import { indexModel } from '../model-index.js';
import { noOptions } from '../options.js';
import { type CheckReport, defineCheck } from '../types.js';
import { kindTitle } from './kinds-option.js';

/**
 * Workloads running two or more replicas that no PodDisruptionBudget
 * protects (the normalizer's `protects` relation, from the PDB's selector):
 * a node drain or cluster upgrade may evict every replica at once.
 */
export const missingDisruptionBudget = defineCheck<Record<string, never>>({
  name: 'missing-disruption-budget',
  summary: 'a multi-replica workload no PodDisruptionBudget protects',
  parse: noOptions,
  dataKeys: () => ['kind', 'name', 'replicas'],
  detect(ctx) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const { workload, replicas } of multiReplicaWorkloads(index)) {
      if (referrersByRole(index, workload, 'k8s.pod-disruption-budget', 'protects').length > 0) continue;
      reports.push({
        node: workload.id,
        data: { kind: kindTitle(workload.kind), name: workload.name, replicas },
      });
    }
    return reports.sort(byNode);
  },
});
