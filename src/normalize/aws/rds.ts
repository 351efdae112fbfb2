// AWS::RDS, AWS::DocDB and AWS::Neptune database instances and clusters.
import type { ResourceFact } from '../../model/facts.js';
import type { MapContext } from '../context.js';
import { draft, type Mapper, only, relate } from '../draft.js';
import { ownFlag, ownNumber } from '../own-property.js';
import { asString, get, refTargets } from '../values.js';
import { AWS_DEFAULTS } from './defaults.js';
import { subnetGroupSubnets } from './subnet-group.js';

const INSTANCE_TYPES = ['AWS::DocDB::DBInstance', 'AWS::Neptune::DBInstance', 'AWS::RDS::DBInstance'];
const CLUSTER_TYPES = ['AWS::DocDB::DBCluster', 'AWS::Neptune::DBCluster', 'AWS::RDS::DBCluster'];
const SUBNET_GROUP_TYPES = [
  'AWS::DocDB::DBSubnetGroup',
  'AWS::Neptune::DBSubnetGroup',
  'AWS::RDS::DBSubnetGroup',
];

/** Engines that only these resource types run; RDS says its engine in `Engine`. */
function engineOf(fact: ResourceFact): string | undefined {
  if (fact.type.startsWith('AWS::DocDB::')) return 'docdb';
  if (fact.type.startsWith('AWS::Neptune::')) return 'neptune';
  return asString(get(fact.properties, 'Engine'))?.toLowerCase();
}

/** Subnets of the subnet group a database names, by reference or by its literal name. */
function dbSubnets(fact: ResourceFact, context: MapContext): string[] {
  return subnetGroupSubnets(fact, context, 'DBSubnetGroupName', SUBNET_GROUP_TYPES);
}

function clusterOf(fact: ResourceFact, context: MapContext): ResourceFact | undefined {
  return context.designated(
    get(fact.properties, 'DBClusterIdentifier'),
    CLUSTER_TYPES,
    'DBClusterIdentifier',
  );
}

/**
 * A stand-alone instance defaults to one zone (`MultiAZ` false) and one day of
 * backups. A cluster member's availability and backups are its cluster's, so
 * neither is set on it. `zones` is the primary's zone when written; the
 * subnets (relations) say where it may be placed.
 */
export const mapDbInstance: Mapper = (fact, context) => {
  const instance = draft('aws.rds.instance', fact);
  const engine = engineOf(fact);
  if (engine !== undefined) instance.attributes.engine = engine;
  const cluster = clusterOf(fact, context);
  if (cluster === undefined) {
    const multiAz = ownFlag(fact, context, 'MultiAZ', AWS_DEFAULTS.dbInstance.multiAz);
    if (multiAz !== undefined) instance.attributes.multiAz = multiAz;
    const retention = ownNumber(fact, context, 'BackupRetentionPeriod', {
      absent: AWS_DEFAULTS.dbInstance.backupRetentionDays,
    });
    if (retention !== undefined) instance.attributes.backupRetentionDays = retention;
  } else {
    relate(instance, 'cluster', [cluster.id]);
  }
  const zone = context.zone(get(fact.properties, 'AvailabilityZone'));
  if (zone !== undefined) instance.zones = [zone];
  relate(instance, 'subnet', dbSubnets(fact, context));
  if (cluster !== undefined) relate(instance, 'subnet', dbSubnets(cluster, context));
  relate(instance, 'replicationSource', refTargets(get(fact.properties, 'SourceDBInstanceIdentifier')));
  return only(instance);
};

/**
 * Aurora, DocumentDB and Neptune clusters count the member instances declared
 * with them. A Multi-AZ DB cluster (`DBClusterInstanceClass`) always runs a
 * writer and two readers in three zones.
 */
export const mapDbCluster: Mapper = (fact, context) => {
  const cluster = draft('aws.rds.cluster', fact);
  const engine = engineOf(fact);
  if (engine !== undefined) cluster.attributes.engine = engine;
  const retention = ownNumber(fact, context, 'BackupRetentionPeriod', {
    absent: AWS_DEFAULTS.dbCluster.backupRetentionDays,
  });
  if (retention !== undefined) cluster.attributes.backupRetentionDays = retention;
  const members = context
    .ofType(INSTANCE_TYPES)
    .filter((instance) => clusterOf(instance, context)?.id === fact.id)
    .map((instance) => instance.id);
  relate(cluster, 'instance', members);
  if (get(fact.properties, 'DBClusterInstanceClass') !== undefined) {
    cluster.attributes.count = AWS_DEFAULTS.dbCluster.multiAzClusterInstances;
    cluster.attributes.multiAz = true;
  } else if (asString(get(fact.properties, 'EngineMode')) !== 'serverless') {
    cluster.attributes.count = members.length;
  }
  cluster.zones = context.zones(get(fact.properties, 'AvailabilityZones'));
  relate(cluster, 'subnet', dbSubnets(fact, context));
  return only(cluster);
};
