// AWS::ElastiCache replication groups and cache clusters.
import type { ResourceFact } from '../../model/facts.js';
import type { MapContext } from '../context.js';
import { draft, type Mapper, only, relate } from '../draft.js';
import { ownFlag, ownNumber } from '../own-property.js';
import { asList, asString, get } from '../values.js';
import { AWS_DEFAULTS } from './defaults.js';
import { subnetGroupSubnets } from './subnet-group.js';

const SUBNET_GROUP_TYPES = ['AWS::ElastiCache::SubnetGroup'];

function cacheSubnets(fact: ResourceFact, context: MapContext): string[] {
  return subnetGroupSubnets(fact, context, 'CacheSubnetGroupName', SUBNET_GROUP_TYPES);
}

/** Days of snapshots kept; replication groups and cache clusters read it alike. */
function snapshotRetention(fact: ResourceFact, context: MapContext): number | undefined {
  return ownNumber(fact, context, 'SnapshotRetentionLimit', {
    absent: AWS_DEFAULTS.cache.snapshotRetentionDays,
  });
}

/**
 * Nodes of a replication group: `NumCacheClusters` (default 1) with cluster
 * mode off; `NumNodeGroups` × (`ReplicasPerNodeGroup` + 1) or the listed node
 * groups with it on.
 */
function replicationGroupCount(fact: ResourceFact, context: MapContext): number | undefined {
  const { properties } = fact;
  const number = (property: string, absent?: number) =>
    ownNumber(fact, context, property, absent === undefined ? {} : { absent });
  if (get(properties, 'NumCacheClusters') !== undefined) return number('NumCacheClusters');
  const groups = asList(get(properties, 'NodeGroupConfiguration'));
  const clusterMode =
    groups.length > 0 ||
    get(properties, 'NumNodeGroups') !== undefined ||
    get(properties, 'ReplicasPerNodeGroup') !== undefined;
  if (!clusterMode) return AWS_DEFAULTS.cache.nodes;
  const shards = number('NumNodeGroups', groups.length || 1);
  const replicas = number('ReplicasPerNodeGroup', AWS_DEFAULTS.cache.replicasPerShard);
  return shards === undefined || replicas === undefined ? undefined : shards * (replicas + 1);
}

export const mapReplicationGroup: Mapper = (fact, context) => {
  const { properties } = fact;
  const group = draft('aws.elasticache.replication-group', fact);
  const attributes = group.attributes;
  attributes.engine = asString(get(properties, 'Engine'))?.toLowerCase() ?? 'redis';
  const failover = ownFlag(fact, context, 'AutomaticFailoverEnabled', AWS_DEFAULTS.cache.automaticFailover);
  if (failover !== undefined) attributes.automaticFailover = failover;
  const multiAz = ownFlag(fact, context, 'MultiAZEnabled', AWS_DEFAULTS.cache.multiAz);
  if (multiAz !== undefined) attributes.multiAz = multiAz;
  const count = replicationGroupCount(fact, context);
  if (count !== undefined) attributes.count = count;
  const retention = snapshotRetention(fact, context);
  if (retention !== undefined) attributes.backupRetentionDays = retention;
  group.zones = context.zones(get(properties, 'PreferredCacheClusterAZs'));
  relate(group, 'subnet', cacheSubnets(fact, context));
  return only(group);
};

/** A cache cluster is in one zone unless `AZMode` is `cross-az`. */
export const mapCacheCluster: Mapper = (fact, context) => {
  const { properties } = fact;
  const cluster = draft('aws.elasticache.cluster', fact);
  const engine = asString(get(properties, 'Engine'))?.toLowerCase();
  if (engine !== undefined) cluster.attributes.engine = engine;
  const count = ownNumber(fact, context, 'NumCacheNodes');
  if (count !== undefined) cluster.attributes.count = count;
  cluster.attributes.multiAz = asString(get(properties, 'AZMode')) === 'cross-az';
  const retention = snapshotRetention(fact, context);
  if (retention !== undefined) cluster.attributes.backupRetentionDays = retention;
  cluster.zones = context.zones([
    get(properties, 'PreferredAvailabilityZone') ?? null,
    ...asList(get(properties, 'PreferredAvailabilityZones')),
  ]);
  relate(cluster, 'subnet', cacheSubnets(fact, context));
  return only(cluster);
};
