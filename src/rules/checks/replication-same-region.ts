import { regionLabel, UNKNOWN_REGION } from '../../model/domains.js';
import { indexModel } from '../model-index.js';
import { noOptions } from '../options.js';
import { type CheckReport, defineCheck } from '../types.js';

/** Relation roles that name a replication destination. */
const REPLICATION_ROLE = /replica|replication|destination/i;

/**
 * Storage replicated into its own region: the copy shares the region's fate,
 * so it protects against deletion but not against the region's loss. A
 * destination in the same document is in the same region (one stack, one
 * region); a replica region counts only when the source's region is named.
 */
export const replicationSameRegion = defineCheck<Record<string, never>>({
  name: 'replication-same-region',
  summary: 'replication whose destination is in the source region',
  parse: noOptions,
  dataKeys: () => ['destination', 'name', 'region'],
  detect(ctx) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const bucket of index.byKind('aws.s3.bucket')) {
      const destinations = bucket.relations
        .filter((relation) => REPLICATION_ROLE.test(relation.role))
        .map((relation) => index.byId.get(relation.target))
        .filter((target) => target?.kind === 'aws.s3.bucket' && target.region === bucket.region)
        .map((target) => target?.name ?? '');
      // Two documents deployed "wherever their stack is created" need not share a region.
      const sameRegionReplica =
        bucket.region !== UNKNOWN_REGION && (bucket.attributes.replicaRegions ?? []).includes(bucket.region);
      if (destinations.length === 0 && !sameRegionReplica) continue;
      reports.push({
        node: bucket.id,
        data: {
          destination:
            destinations.length > 0
              ? [...new Set(destinations)].sort().join(', ')
              : regionLabel(bucket.region),
          name: bucket.name,
          region: regionLabel(bucket.region),
        },
      });
    }
    return reports;
  },
});
