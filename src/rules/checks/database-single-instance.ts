import { indexModel } from '../model-index.js';
import { OptionReader } from '../options.js';
import { type CheckReport, defineCheck } from '../types.js';
import { clusterInstances, hasInstanceEngine, INSTANCE_CLUSTER_ENGINES } from './database-members.js';

/**
 * Database clusters (Aurora, DocumentDB, Neptune) declared with exactly one
 * instance: the writer has no reader to fail over to. Clusters with no
 * declared instance make no claim (their instances may live elsewhere).
 */
export const databaseSingleInstance = defineCheck<{ engines: string[] }>({
  name: 'database-single-instance',
  summary: 'a database cluster with a single instance',
  parse(raw, issues) {
    const reader = new OptionReader(raw, issues);
    const engines = reader.stringList('engines', false) ?? INSTANCE_CLUSTER_ENGINES;
    reader.done();
    return { engines };
  },
  dataKeys: () => ['engine', 'instance', 'name'],
  detect(ctx, { engines }) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const cluster of index.byKind('aws.rds.cluster')) {
      if (!hasInstanceEngine(cluster, engines)) continue;
      const instances = clusterInstances(index, cluster);
      const only = instances[0];
      if (instances.length !== 1 || !only) continue;
      reports.push({
        node: cluster.id,
        data: { engine: cluster.attributes.engine ?? 'unknown', instance: only.name, name: cluster.name },
      });
    }
    return reports;
  },
});
