// AWS::DynamoDB tables and global tables.
import type { ResourceFact } from '../../model/facts.js';
import type { Value } from '../../model/value.js';
import type { MapContext } from '../context.js';
import { draft, type Mapper, only } from '../draft.js';
import { asList, asString, get } from '../values.js';
import { AWS_DEFAULTS } from './defaults.js';

function pointInTimeRecovery(
  fact: ResourceFact,
  context: MapContext,
  specification: Value | undefined,
): boolean {
  const enabled = get(specification, 'PointInTimeRecoveryEnabled');
  return (
    context.redundancy.boolean(
      fact,
      'PointInTimeRecoveryEnabled',
      enabled,
      AWS_DEFAULTS.dynamoDb.pointInTimeRecovery,
    ) ?? false
  );
}

/** A regional service; point-in-time recovery is off unless enabled. */
export const mapTable: Mapper = (fact, context) =>
  only(
    draft('aws.dynamodb.table', fact, {
      regionalService: true,
      pointInTimeRecovery: pointInTimeRecovery(
        fact,
        context,
        get(fact.properties, 'PointInTimeRecoverySpecification'),
      ),
    }),
  );

/**
 * Replicas name their regions; one that does not (`!Ref AWS::Region` left
 * unresolved) is taken to be the deployment's own. PITR counts only when every
 * replica has it.
 */
export const mapGlobalTable: Mapper = (fact, context) => {
  const regions = new Set<string>();
  let recovery = true;
  const replicas = asList(get(fact.properties, 'Replicas'));
  for (const replica of replicas) {
    regions.add(asString(get(replica, 'Region')) ?? context.region);
    recovery &&= pointInTimeRecovery(fact, context, get(replica, 'PointInTimeRecoverySpecification'));
  }
  return only(
    draft('aws.dynamodb.table', fact, {
      regionalService: true,
      pointInTimeRecovery: replicas.length > 0 && recovery,
      replicaRegions: [...regions].sort(),
    }),
  );
};
