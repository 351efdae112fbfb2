/**
 * What AWS does with a setting left out, whichever format leaves it out
 * (CloudFormation now, Terraform later): kept in one place so that every
 * normalizer applies the same defaults. Sources: the CloudFormation resource
 * reference and the service APIs' documented defaults.
 */
export const AWS_DEFAULTS = {
  /** A stand-alone RDS instance: single-AZ, automated backups kept one day. */
  dbInstance: { multiAz: false, backupRetentionDays: 1 },
  /** Aurora, DocumentDB, Neptune and Multi-AZ DB clusters: backups kept one day; a Multi-AZ DB cluster runs three instances. */
  dbCluster: { backupRetentionDays: 1, multiAzClusterInstances: 3 },
  /** ElastiCache: one node, no replicas, no failover, no Multi-AZ, no snapshots. */
  cache: {
    nodes: 1,
    replicasPerShard: 0,
    automaticFailover: false,
    multiAz: false,
    snapshotRetentionDays: 0,
  },
  dynamoDb: { pointInTimeRecovery: false },
  /** A new ECS service without a desired count starts one task. */
  ecsService: { desiredCount: 1 },
  /** OpenSearch / Elasticsearch: one data node, zone awareness off. */
  searchDomain: { instanceCount: 1, zoneAwareness: false },
  loadBalancer: { scheme: 'internet-facing', type: 'application' },
} as const;
