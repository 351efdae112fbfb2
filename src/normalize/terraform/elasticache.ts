// aws_elasticache_replication_group and aws_elasticache_cluster.
import type { ResourceFact } from '../../model/facts.js';
import { AWS_DEFAULTS } from '../aws/defaults.js';
import type { MapContext } from '../context.js';
import { draft, type Mapper, only, relate } from '../draft.js';
import { ownFlag, ownNumber } from '../own-property.js';
import { asList, asString, get } from '../values.js';
import { blocks } from './blocks.js';
import { namedGroupSubnets } from './subnet-group.js';

const SUBNET_GROUP_TYPES = ['aws_elasticache_subnet_group'];

function cacheSubnets(fact: ResourceFact, context: MapContext): string[] {
  return namedGroupSubnets(fact, context, 'subnet_group_name', SUBNET_GROUP_TYPES);
}

function snapshotRetention(fact: ResourceFact, context: MapContext): number | undefined {
  return ownNumber(fact, context, 'snapshot_retention_limit', {
    absent: AWS_DEFAULTS.cache.snapshotRetentionDays,
  });
}

/**
 * Nodes of a replication group: `num_cache_clusters` (older `number_cache_clusters`)
 * with cluster mode off, one node when neither is written; `num_node_groups` ×
 * (`replicas_per_node_group` + 1) with cluster mode on.
 */
function replicationGroupCount(fact: ResourceFact, context: MapContext): number | undefined {
  const { properties } = fact;
  for (const attribute of ['num_cache_clusters', 'number_cache_clusters']) {
    if (get(properties, attribute) !== undefined) return ownNumber(fact, context, attribute);
  }
  const legacy = blocks(get(properties, 'cluster_mode'))[0];
  const shardsValue = get(properties, 'num_node_groups') ?? get(legacy, 'num_node_groups');
  const replicasValue = get(properties, 'replicas_per_node_group') ?? get(legacy, 'replicas_per_node_group');
  if (shardsValue === undefined && replicasValue === undefined) return AWS_DEFAULTS.cache.nodes;
  const shards = context.redundancy.number(fact, 'num_node_groups', shardsValue, { absent: 1 });
  const replicas = context.redundancy.number(fact, 'replicas_per_node_group', replicasValue, {
    absent: AWS_DEFAULTS.cache.replicasPerShard,
  });
  return shards === undefined || replicas === undefined ? undefined : shards * (replicas + 1);
}

/** Failover and Multi-AZ are off unless enabled, as in the provider and the API. */
export const mapReplicationGroup: Mapper = (fact, context) => {
  const { properties } = fact;
  const group = draft('aws.elasticache.replication-group', fact);
  const attributes = group.attributes;
  attributes.engine = asString(get(properties, 'engine'))?.toLowerCase() ?? 'redis';
  const failover = ownFlag(fact, context, 'automatic_failover_enabled', AWS_DEFAULTS.cache.automaticFailover);
  if (failover !== undefined) attributes.automaticFailover = failover;
  const multiAz = ownFlag(fact, context, 'multi_az_enabled', AWS_DEFAULTS.cache.multiAz);
  if (multiAz !== undefined) attributes.multiAz = multiAz;
  const count = replicationGroupCount(fact, context);
  if (count !== undefined) attributes.count = count;
  const retention = snapshotRetention(fact, context);
  if (retention !== undefined) attributes.backupRetentionDays = retention;
  group.zones = context.zones(get(properties, 'preferred_cache_cluster_azs'));
  relate(group, 'subnet', cacheSubnets(fact, context));
  return only(group);
};

/** A cache cluster is in one zone unless `az_mode` is `cross-az`. */
export const mapCacheCluster: Mapper = (fact, context) => {
  const { properties } = fact;
  const cluster = draft('aws.elasticache.cluster', fact);
  const engine = asString(get(properties, 'engine'))?.toLowerCase();
  if (engine !== undefined) cluster.attributes.engine = engine;
  const count = ownNumber(fact, context, 'num_cache_nodes');
  if (count !== undefined) cluster.attributes.count = count;
  cluster.attributes.multiAz = asString(get(properties, 'az_mode')) === 'cross-az';
  const retention = snapshotRetention(fact, context);
  if (retention !== undefined) cluster.attributes.backupRetentionDays = retention;
  cluster.zones = context.zones([
    get(properties, 'availability_zone') ?? null,
    ...asList(get(properties, 'preferred_availability_zones')),
  ]);
  relate(cluster, 'subnet', cacheSubnets(fact, context));
  return only(cluster);
};
