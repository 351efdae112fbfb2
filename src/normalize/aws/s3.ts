// AWS::S3::Bucket.
import { draft, type Mapper, only, relate } from '../draft.js';
import { asList, get, refTargets } from '../values.js';

/**
 * A destination written as a literal ARN names no region, so `replicaRegions`
 * is left to the second pass, which reads it off destination buckets of the scan.
 */
export const mapBucket: Mapper = (fact, context) => {
  const bucket = draft('aws.s3.bucket', fact, { regionalService: true });
  const replication = get(fact.properties, 'ReplicationConfiguration');
  if (context.redundancy.present(fact, 'ReplicationConfiguration', replication)) {
    bucket.attributes.replication = true;
    for (const rule of asList(get(replication, 'Rules'))) {
      relate(bucket, 'replicaDestination', refTargets(get(rule, 'Destination', 'Bucket')));
    }
  }
  return only(bucket);
};
