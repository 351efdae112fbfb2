// aws_dynamodb_table, aws_s3_bucket and aws_s3_bucket_replication_configuration.
import { regionKey } from '../../model/domains.js';
import type { Value } from '../../model/value.js';
import { AWS_DEFAULTS } from '../aws/defaults.js';
import { type Amendment, draft, type Mapper, only, relate } from '../draft.js';
import { asString, get, refTargets } from '../values.js';
import { block, blocks } from './blocks.js';

/**
 * Point-in-time recovery is off unless `point_in_time_recovery { enabled = true }`.
 * `replica` blocks name the other regions; the table's own region holds a
 * replica too, as in a CloudFormation global table. Recovery counts only when
 * every replica has it (`point_in_time_recovery` on the block, default false).
 */
export const mapTable: Mapper = (fact, context) => {
  const { properties } = fact;
  const recovery = (value: Value | undefined) =>
    context.redundancy.boolean(
      fact,
      'point_in_time_recovery',
      value,
      AWS_DEFAULTS.dynamoDb.pointInTimeRecovery,
    ) ?? false;
  const table = draft('aws.dynamodb.table', fact, {
    regionalService: true,
    pointInTimeRecovery: recovery(get(block(get(properties, 'point_in_time_recovery')), 'enabled')),
  });
  const replicas = blocks(get(properties, 'replica'));
  if (replicas.length > 0) {
    const regions = new Set([fact.region === undefined ? context.region : regionKey(fact.region)]);
    for (const replica of replicas) {
      const region = asString(get(replica, 'region_name'));
      if (region !== undefined) regions.add(region);
      table.attributes.pointInTimeRecovery &&= recovery(get(replica, 'point_in_time_recovery'));
    }
    table.attributes.replicaRegions = [...regions].sort();
  }
  return only(table);
};

/** Destination buckets of replication rules (`rule { destination { bucket } }`). */
function destinations(rules: Value | undefined): string[] {
  return blocks(rules).flatMap((rule) => refTargets(get(block(get(rule, 'destination')), 'bucket')));
}

/**
 * The inline `replication_configuration` of provider v3 counts like the
 * standalone resource; `replicaRegions` is left to the second pass, which
 * reads it off destination buckets of the scan.
 */
export const mapBucket: Mapper = (fact, context) => {
  const bucket = draft('aws.s3.bucket', fact, { regionalService: true });
  const replication = block(get(fact.properties, 'replication_configuration'));
  if (context.redundancy.present(fact, 'replication_configuration', replication)) {
    bucket.attributes.replication = true;
    relate(bucket, 'replicaDestination', destinations(get(replication, 'rules')));
  }
  return only(bucket);
};

/** No component: the source bucket (`bucket`) gets `replication` and its destinations. */
export const mapBucketReplication: Mapper = (fact) => {
  const sources = refTargets(get(fact.properties, 'bucket'));
  const targets = destinations(get(fact.properties, 'rule'));
  const amendments: Amendment[] = sources.map((source) => ({ source, attributes: { replication: true } }));
  const attachments = sources.flatMap((source) =>
    targets.map((target) => ({ source, role: 'replicaDestination', target })),
  );
  return { components: [], attachments, amendments };
};
