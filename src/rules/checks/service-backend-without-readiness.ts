import type { ComponentKind } from '../../model/kinds.js';
import { nameList, referrersByRole } from '../kubernetes/relations.js';
import { byNode, REPLICATED_KINDS } from '../kubernetes/workloads.js';
import { indexModel } from '../model-index.js';
import { noOptions } from '../options.js';
import { type CheckReport, defineCheck } from '../types.js';
import { kindTitle } from './kinds-option.js';

/** Workloads whose pods a Service can send traffic to (Jobs finish and are not served). */
const SERVED_KINDS: readonly ComponentKind[] = [...REPLICATED_KINDS, 'k8s.daemonset', 'k8s.pod'];

/**
 * Workloads a Service selects with a container that has no readiness probe:
 * the Service keeps routing to a pod that is up but not serving, so the
 * other replicas never take over its share.
 */
export const serviceBackendWithoutReadiness = defineCheck<Record<string, never>>({
  name: 'service-backend-without-readiness',
  summary: 'a workload behind a Service with a container lacking a readiness probe',
  parse: noOptions,
  dataKeys: () => ['kind', 'name', 'services'],
  detect(ctx) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const kind of SERVED_KINDS) {
      for (const workload of index.byKind(kind)) {
        if (workload.attributes.readinessProbe === true) continue;
        const services = referrersByRole(index, workload, 'k8s.service', 'selects');
        if (services.length === 0) continue;
        reports.push({
          node: workload.id,
          data: { kind: kindTitle(workload.kind), name: workload.name, services: nameList(services) },
        });
      }
    }
    return reports.sort(byNode);
  },
});
