import { byNode, multiReplicaWorkloads } from '../kubernetes/workloads.js';
import { oneZonePin } from '../kubernetes/zone-pins.js';
import { indexModel } from '../model-index.js';
import { noOptions } from '../options.js';
import { type CheckReport, defineCheck } from '../types.js';
import { kindTitle } from './kinds-option.js';

const SPREAD_WORDS = {
  preferred:
    'its zone spread is only preferred (ScheduleAnyway or preferred anti-affinity), which the scheduler may ignore',
  none: 'nothing spreads its replicas over zones',
} as const;

/**
 * Workloads with two or more replicas whose spread over zones nothing
 * guarantees (no DoNotSchedule zone topology spread, no required zone
 * anti-affinity): the scheduler may put every replica in one zone. Workloads
 * pinned to one zone are replicas-pinned-to-one-zone's, not this check's.
 */
export const replicasWithoutZoneGuarantee = defineCheck<Record<string, never>>({
  name: 'replicas-without-zone-guarantee',
  summary: 'a multi-replica workload whose spread over zones is not guaranteed',
  parse: noOptions,
  dataKeys: () => ['kind', 'name', 'replicas', 'spread'],
  detect(ctx) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const { workload, replicas } of multiReplicaWorkloads(index)) {
      const spread = workload.attributes.zoneSpread ?? 'none';
      if (spread === 'required' || oneZonePin(index, workload)) continue;
      reports.push({
        node: workload.id,
        data: {
          kind: kindTitle(workload.kind),
          name: workload.name,
          replicas,
          spread: SPREAD_WORDS[spread],
        },
      });
    }
    return reports.sort(byNode);
  },
});
