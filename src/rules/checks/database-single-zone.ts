import { indexModel } from '../model-index.js';
import { noOptions } from '../options.js';
import { componentPlacement, placementLabel, sharedPlacement } from '../placement.js';
import { type CheckReport, defineCheck } from '../types.js';
import { clusterInstances, instanceCluster } from './database-members.js';
import { kindTitle } from './kinds-option.js';

/**
 * Databases whose every copy sits in one zone: a standalone RDS instance
 * without Multi-AZ (a standby in another zone), or a cluster whose declared
 * instances all name the same zone.
 */
export const databaseSingleZone = defineCheck<Record<string, never>>({
  name: 'database-single-zone',
  summary: 'a database with no copy outside one availability zone',
  parse: noOptions,
  dataKeys: () => ['instances', 'kind', 'name', 'zone'],
  detect(ctx) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const instance of index.byKind('aws.rds.instance')) {
      if (instanceCluster(index, instance) || instance.attributes.multiAz === true) continue;
      const zone =
        instance.zones.length === 1 && instance.zones[0]
          ? placementLabel('zone', instance.zones[0])
          : 'one zone';
      reports.push({
        node: instance.id,
        data: { instances: 1, kind: kindTitle(instance.kind), name: instance.name, zone },
      });
    }
    for (const cluster of index.byKind('aws.rds.cluster')) {
      const instances = clusterInstances(index, cluster);
      const shared = sharedPlacement(instances.map((member) => componentPlacement(member, 'zone')));
      if (shared.length === 0) continue;
      reports.push({
        node: cluster.id,
        data: {
          instances: instances.length,
          kind: kindTitle(cluster.kind),
          name: cluster.name,
          zone: shared.map((key) => placementLabel('zone', key)).join(', '),
        },
      });
    }
    return reports.sort((a, b) => (a.node < b.node ? -1 : 1));
  },
});
