import { byNode, multiReplicaWorkloads } from '../kubernetes/workloads.js';
import { oneZonePin } from '../kubernetes/zone-pins.js';
import { indexModel } from '../model-index.js';
import { noOptions } from '../options.js';
import { type CheckReport, defineCheck } from '../types.js';
import { kindTitle } from './kinds-option.js';

/**
 * Workloads with two or more replicas held in one zone: by a nodeSelector or
 * required node affinity naming one zone, or by a ReadWriteOnce claim they
 * all mount. Their replicas protect against a pod or node loss, not a zone's.
 */
export const replicasPinnedToOneZone = defineCheck<Record<string, never>>({
  name: 'replicas-pinned-to-one-zone',
  summary: 'a multi-replica workload whose replicas are all held in one zone',
  parse: noOptions,
  dataKeys: () => ['kind', 'name', 'pin', 'replicas'],
  detect(ctx) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const { workload, replicas } of multiReplicaWorkloads(index)) {
      const pin = oneZonePin(index, workload);
      if (!pin) continue;
      reports.push({
        node: workload.id,
        data: { kind: kindTitle(workload.kind), name: workload.name, pin, replicas },
      });
    }
    return reports.sort(byNode);
  },
});
