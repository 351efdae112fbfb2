// aws_db_instance, aws_rds_cluster, aws_rds_cluster_instance (and DocumentDB / Neptune alike).
import type { ResourceFact } from '../../model/facts.js';
import { AWS_DEFAULTS } from '../aws/defaults.js';
import type { MapContext } from '../context.js';
import { draft, type Mapper, only, relate } from '../draft.js';
import { ownFlag, ownNumber } from '../own-property.js';
import { asString, get, refTargets } from '../values.js';
import { namedGroupSubnets } from './subnet-group.js';

const CLUSTER_TYPES = ['aws_docdb_cluster', 'aws_neptune_cluster', 'aws_rds_cluster'];
const MEMBER_TYPES = [
  'aws_docdb_cluster_instance',
  'aws_neptune_cluster_instance',
  'aws_rds_cluster_instance',
];
const SUBNET_GROUP_TYPES = ['aws_db_subnet_group', 'aws_docdb_subnet_group', 'aws_neptune_subnet_group'];

/** Engines that only these resource types run; RDS says its engine in `engine`. */
function engineOf(fact: ResourceFact): string | undefined {
  if (fact.type.startsWith('aws_docdb_')) return 'docdb';
  if (fact.type.startsWith('aws_neptune_')) return 'neptune';
  return asString(get(fact.properties, 'engine'))?.toLowerCase();
}

function dbSubnets(fact: ResourceFact, context: MapContext): string[] {
  const property = fact.type.startsWith('aws_neptune_')
    ? 'neptune_subnet_group_name'
    : 'db_subnet_group_name';
  return namedGroupSubnets(fact, context, property, SUBNET_GROUP_TYPES);
}

/** The cluster a member names in `cluster_identifier`, by reference or by the cluster's own identifier. */
function clusterOf(fact: ResourceFact, context: MapContext): ResourceFact | undefined {
  return context.designated(get(fact.properties, 'cluster_identifier'), CLUSTER_TYPES, 'cluster_identifier');
}

/** A stand-alone instance: `multi_az` defaults to false, backups to one day. */
export const mapDbInstance: Mapper = (fact, context) => {
  const instance = draft('aws.rds.instance', fact);
  const engine = engineOf(fact);
  if (engine !== undefined) instance.attributes.engine = engine;
  const multiAz = ownFlag(fact, context, 'multi_az', AWS_DEFAULTS.dbInstance.multiAz);
  if (multiAz !== undefined) instance.attributes.multiAz = multiAz;
  const retention = ownNumber(fact, context, 'backup_retention_period', {
    absent: AWS_DEFAULTS.dbInstance.backupRetentionDays,
  });
  if (retention !== undefined) instance.attributes.backupRetentionDays = retention;
  const zone = context.zone(get(fact.properties, 'availability_zone'));
  if (zone !== undefined) instance.zones = [zone];
  relate(instance, 'subnet', dbSubnets(fact, context));
  relate(instance, 'replicationSource', refTargets(get(fact.properties, 'replicate_source_db')));
  return only(instance);
};

/** A cluster member: its availability and backups are its cluster's, so neither is set on it. */
export const mapClusterInstance: Mapper = (fact, context) => {
  const instance = draft('aws.rds.instance', fact);
  const engine = engineOf(fact);
  if (engine !== undefined) instance.attributes.engine = engine;
  const cluster = clusterOf(fact, context);
  if (cluster !== undefined) relate(instance, 'cluster', [cluster.id]);
  const zone = context.zone(get(fact.properties, 'availability_zone'));
  if (zone !== undefined) instance.zones = [zone];
  relate(instance, 'subnet', dbSubnets(fact, context));
  if (cluster !== undefined) relate(instance, 'subnet', dbSubnets(cluster, context));
  return only(instance);
};

/**
 * A cluster counts the member instances declared with it; a Multi-AZ DB
 * cluster (`db_cluster_instance_class`) runs a writer and two readers.
 */
export const mapDbCluster: Mapper = (fact, context) => {
  const cluster = draft('aws.rds.cluster', fact);
  const engine = engineOf(fact);
  if (engine !== undefined) cluster.attributes.engine = engine;
  const retention = ownNumber(fact, context, 'backup_retention_period', {
    absent: AWS_DEFAULTS.dbCluster.backupRetentionDays,
  });
  if (retention !== undefined) cluster.attributes.backupRetentionDays = retention;
  const members = context
    .ofType(MEMBER_TYPES)
    .filter((member) => clusterOf(member, context)?.id === fact.id)
    .map((member) => member.id);
  relate(cluster, 'instance', members);
  if (get(fact.properties, 'db_cluster_instance_class') !== undefined) {
    cluster.attributes.count = AWS_DEFAULTS.dbCluster.multiAzClusterInstances;
    cluster.attributes.multiAz = true;
  } else if (asString(get(fact.properties, 'engine_mode')) !== 'serverless') {
    cluster.attributes.count = members.length;
  }
  cluster.zones = context.zones(get(fact.properties, 'availability_zones'));
  relate(cluster, 'subnet', dbSubnets(fact, context));
  return only(cluster);
};
