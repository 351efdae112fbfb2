import { describe, expect, it } from 'vitest';
import { ChoiceValue, RefValue, UnknownValue, ZoneValue } from '../../src/model/value.js';
import { doc, fact, relations, run } from './build.js';

const subnets = () => [
  fact('SubnetA', 'AWS::EC2::Subnet', { AvailabilityZone: new ZoneValue(undefined, 0, undefined) }),
  fact('SubnetB', 'AWS::EC2::Subnet', { AvailabilityZone: new ZoneValue(undefined, 1, undefined) }),
];
const bothSubnets = () => [new RefValue('SubnetA'), new RefValue('SubnetB')];

describe('RDS and its relatives', () => {
  it('defaults a stand-alone instance to one zone and one day of backups', () => {
    const { get } = run([
      doc([
        ...subnets(),
        fact('DbSubnets', 'AWS::RDS::DBSubnetGroup', {
          DBSubnetGroupName: 'orders-db',
          SubnetIds: bothSubnets(),
        }),
        fact('Db', 'AWS::RDS::DBInstance', { Engine: 'MySQL', DBSubnetGroupName: new RefValue('DbSubnets') }),
        fact('Named', 'AWS::RDS::DBInstance', {
          Engine: 'postgres',
          MultiAZ: 'true',
          BackupRetentionPeriod: '7',
          AvailabilityZone: 'us-east-1b',
          DBSubnetGroupName: 'ORDERS-DB',
        }),
      ]),
    ]);
    const db = get('aws.rds.instance:Db');
    expect(db.attributes).toEqual({ engine: 'mysql', multiAz: false, backupRetentionDays: 1 });
    expect(db.zones).toEqual([]);
    expect(relations(db)).toEqual(['subnet → aws.ec2.subnet:SubnetA', 'subnet → aws.ec2.subnet:SubnetB']);
    const named = get('aws.rds.instance:Named');
    expect(named.attributes).toEqual({ engine: 'postgres', multiAz: true, backupRetentionDays: 7 });
    expect(named.zones).toEqual(['us-east-1/us-east-1b']);
    expect(relations(named)).toHaveLength(2);
  });

  it('assumes no Multi-AZ when it depends on a condition, and warns', () => {
    const { get, diagnostics } = run([
      doc([
        fact('Db', 'AWS::RDS::DBInstance', {
          Engine: 'mysql',
          MultiAZ: new ChoiceValue('IsProd', true, false),
        }),
      ]),
    ]);
    expect(get('aws.rds.instance:Db').attributes.multiAz).toBe(false);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'unresolved-value', level: 'warning' });
    expect(diagnostics[0]?.message).toContain('IsProd');
  });

  it('leaves an unknowable Multi-AZ undefined rather than defaulting it', () => {
    const { get, diagnostics } = run([
      doc([fact('Db', 'AWS::RDS::DBInstance', { MultiAZ: new UnknownValue('imported value') })]),
    ]);
    expect(get('aws.rds.instance:Db').attributes.multiAz).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['unresolved-value']);
  });

  it('counts the members of an Aurora cluster and links both ways', () => {
    const { get } = run([
      doc([
        fact('Aurora', 'AWS::RDS::DBCluster', { Engine: 'aurora-postgresql', DBClusterIdentifier: 'orders' }),
        fact('Writer', 'AWS::RDS::DBInstance', {
          Engine: 'aurora-postgresql',
          DBClusterIdentifier: new RefValue('Aurora'),
        }),
        fact('Reader', 'AWS::RDS::DBInstance', {
          Engine: 'aurora-postgresql',
          DBClusterIdentifier: 'orders',
        }),
      ]),
    ]);
    const cluster = get('aws.rds.cluster:Aurora');
    expect(cluster.attributes).toEqual({ engine: 'aurora-postgresql', backupRetentionDays: 1, count: 2 });
    expect(relations(cluster)).toEqual([
      'instance → aws.rds.instance:Reader',
      'instance → aws.rds.instance:Writer',
    ]);
    expect(get('aws.rds.instance:Reader').attributes).toEqual({ engine: 'aurora-postgresql' });
    expect(relations(get('aws.rds.instance:Writer'))).toEqual(['cluster → aws.rds.cluster:Aurora']);
  });

  it('gives a Multi-AZ DB cluster three instances and maps DocumentDB and Neptune', () => {
    const { get } = run([
      doc([
        fact('MultiAzCluster', 'AWS::RDS::DBCluster', {
          Engine: 'mysql',
          DBClusterInstanceClass: 'db.r6gd.large',
        }),
        fact('Docs', 'AWS::DocDB::DBCluster', { BackupRetentionPeriod: 0 }),
        fact('DocsOne', 'AWS::DocDB::DBInstance', { DBClusterIdentifier: new RefValue('Docs') }),
        fact('Graph', 'AWS::Neptune::DBCluster', {}),
      ]),
    ]);
    expect(get('aws.rds.cluster:MultiAzCluster').attributes).toEqual({
      engine: 'mysql',
      backupRetentionDays: 1,
      count: 3,
      multiAz: true,
    });
    expect(get('aws.rds.cluster:Docs').attributes).toEqual({
      engine: 'docdb',
      backupRetentionDays: 0,
      count: 1,
    });
    expect(get('aws.rds.instance:DocsOne').attributes).toEqual({ engine: 'docdb' });
    expect(get('aws.rds.cluster:Graph').attributes).toEqual({
      engine: 'neptune',
      backupRetentionDays: 1,
      count: 0,
    });
  });
});

describe('caches', () => {
  it('defaults a replication group to one node, no failover, no Multi-AZ, no backups', () => {
    const { get } = run([
      doc([
        ...subnets(),
        fact('CacheSubnets', 'AWS::ElastiCache::SubnetGroup', { SubnetIds: bothSubnets() }),
        fact('Redis', 'AWS::ElastiCache::ReplicationGroup', {
          CacheSubnetGroupName: new RefValue('CacheSubnets'),
        }),
        fact('Sharded', 'AWS::ElastiCache::ReplicationGroup', {
          Engine: 'valkey',
          NumNodeGroups: '3',
          ReplicasPerNodeGroup: 2,
          AutomaticFailoverEnabled: true,
          MultiAZEnabled: true,
          SnapshotRetentionLimit: 5,
          PreferredCacheClusterAZs: ['eu-west-1a', 'eu-west-1b'],
        }),
      ]),
    ]);
    const redis = get('aws.elasticache.replication-group:Redis');
    expect(redis.attributes).toEqual({
      engine: 'redis',
      automaticFailover: false,
      multiAz: false,
      count: 1,
      backupRetentionDays: 0,
    });
    expect(relations(redis)).toHaveLength(2);
    const sharded = get('aws.elasticache.replication-group:Sharded');
    expect(sharded.attributes).toEqual({
      engine: 'valkey',
      automaticFailover: true,
      multiAz: true,
      count: 9,
      backupRetentionDays: 5,
    });
    expect(sharded.zones).toEqual(['eu-west-1/eu-west-1a', 'eu-west-1/eu-west-1b']);
  });

  it('reads a cache cluster node count, AZ mode and zone', () => {
    const { get } = run([
      doc([
        fact('Memcached', 'AWS::ElastiCache::CacheCluster', {
          Engine: 'memcached',
          NumCacheNodes: 2,
          AZMode: 'cross-az',
          PreferredAvailabilityZones: ['us-east-1a', 'us-east-1c'],
        }),
        fact('Single', 'AWS::ElastiCache::CacheCluster', {
          Engine: 'redis',
          NumCacheNodes: '1',
          PreferredAvailabilityZone: 'us-east-1a',
        }),
      ]),
    ]);
    expect(get('aws.elasticache.cluster:Memcached').attributes).toEqual({
      engine: 'memcached',
      count: 2,
      multiAz: true,
      backupRetentionDays: 0,
    });
    expect(get('aws.elasticache.cluster:Memcached').zones).toEqual([
      'us-east-1/us-east-1a',
      'us-east-1/us-east-1c',
    ]);
    expect(get('aws.elasticache.cluster:Single').attributes.multiAz).toBe(false);
    expect(get('aws.elasticache.cluster:Single').zones).toEqual(['us-east-1/us-east-1a']);
  });
});

describe('regional data services', () => {
  it('reads DynamoDB point-in-time recovery and global table replicas', () => {
    const { get } = run([
      doc([
        fact('Plain', 'AWS::DynamoDB::Table', {}),
        fact('Safe', 'AWS::DynamoDB::Table', {
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        }),
        fact('Global', 'AWS::DynamoDB::GlobalTable', {
          Replicas: [
            {
              Region: new UnknownValue('AWS::Region is the deployment region'),
              PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            },
            { Region: 'us-west-2' },
          ],
        }),
      ]),
    ]);
    expect(get('aws.dynamodb.table:Plain').attributes).toEqual({
      regionalService: true,
      pointInTimeRecovery: false,
    });
    expect(get('aws.dynamodb.table:Safe').attributes.pointInTimeRecovery).toBe(true);
    expect(get('aws.dynamodb.table:Global').attributes).toEqual({
      regionalService: true,
      pointInTimeRecovery: false,
      replicaRegions: ['deployment-region', 'us-west-2'],
    });
  });

  it('reads S3 replication into a bucket of the scan, and leaves a literal ARN without a region', () => {
    const { get } = run([
      doc([
        fact('Replica', 'AWS::S3::Bucket', {}),
        fact('Assets', 'AWS::S3::Bucket', {
          ReplicationConfiguration: { Rules: [{ Destination: { Bucket: new RefValue('Replica', 'Arn') } }] },
        }),
        fact('Logs', 'AWS::S3::Bucket', {
          ReplicationConfiguration: { Rules: [{ Destination: { Bucket: 'arn:aws:s3:::central-logs' } }] },
        }),
      ]),
    ]);
    const assets = get('aws.s3.bucket:Assets');
    expect(assets.attributes).toEqual({
      regionalService: true,
      replication: true,
      replicaRegions: ['deployment-region'],
    });
    expect(relations(assets)).toEqual(['replicaDestination → aws.s3.bucket:Replica']);
    expect(get('aws.s3.bucket:Logs').attributes).toEqual({ regionalService: true, replication: true });
    expect(get('aws.s3.bucket:Replica').attributes).toEqual({ regionalService: true });
  });

  it('reads OpenSearch and Elasticsearch domains and MSK clusters', () => {
    const { get } = run([
      doc([
        ...subnets(),
        fact('Search', 'AWS::OpenSearchService::Domain', {
          EngineVersion: 'OpenSearch_2.11',
          ClusterConfig: { InstanceCount: 3, ZoneAwarenessEnabled: true },
          VPCOptions: { SubnetIds: bothSubnets() },
        }),
        fact('Legacy', 'AWS::Elasticsearch::Domain', {}),
        fact('Kafka', 'AWS::MSK::Cluster', {
          NumberOfBrokerNodes: 2,
          BrokerNodeGroupInfo: { ClientSubnets: bothSubnets() },
        }),
      ]),
    ]);
    expect(get('aws.opensearch.domain:Search').attributes).toEqual({
      engine: 'opensearch',
      count: 3,
      multiAz: true,
    });
    expect(get('aws.opensearch.domain:Search').zones).toHaveLength(2);
    expect(get('aws.opensearch.domain:Legacy').attributes).toEqual({
      engine: 'elasticsearch',
      count: 1,
      multiAz: false,
    });
    expect(get('aws.msk.cluster:Kafka').attributes).toEqual({ engine: 'kafka', count: 2 });
    expect(get('aws.msk.cluster:Kafka').zones).toHaveLength(2);
  });

  it('maps EFS file systems and mount targets', () => {
    const { get } = run([
      doc([
        ...subnets(),
        fact('Shared', 'AWS::EFS::FileSystem', {}),
        fact('OneZone', 'AWS::EFS::FileSystem', { AvailabilityZoneName: 'us-east-1a' }),
        fact('MountA', 'AWS::EFS::MountTarget', {
          FileSystemId: new RefValue('Shared'),
          SubnetId: new RefValue('SubnetA'),
        }),
      ]),
    ]);
    expect(get('aws.efs.filesystem:Shared').attributes).toEqual({ regionalService: true });
    expect(get('aws.efs.filesystem:OneZone').zones).toEqual(['us-east-1/us-east-1a']);
    const mount = get('aws.efs.mount-target:MountA');
    expect(mount.zones).toEqual(['deployment-region/#0']);
    expect(relations(mount)).toEqual([
      'fileSystem → aws.efs.filesystem:Shared',
      'subnet → aws.ec2.subnet:SubnetA',
    ]);
  });

  it('maps queues, topics and APIs with their stages and integrations', () => {
    const { get } = run([
      doc([
        fact('Queue', 'AWS::SQS::Queue', {}),
        fact('Topic', 'AWS::SNS::Topic', {}),
        fact('Handler', 'AWS::Lambda::Function', {}),
        fact('Api', 'AWS::ApiGateway::RestApi', {}),
        fact('Method', 'AWS::ApiGateway::Method', {
          RestApiId: new RefValue('Api'),
          Integration: { Uri: new UnknownValue('Fn::Sub', [new RefValue('Handler', 'Arn')]) },
        }),
        fact('Prod', 'AWS::ApiGateway::Stage', { RestApiId: new RefValue('Api') }),
        fact('Http', 'AWS::ApiGatewayV2::Api', {}),
        fact('HttpStage', 'AWS::ApiGatewayV2::Stage', { ApiId: new RefValue('Http') }),
      ]),
    ]);
    expect(get('aws.sqs.queue:Queue').attributes).toEqual({ regionalService: true });
    expect(get('aws.sns.topic:Topic').attributes).toEqual({ regionalService: true });
    expect(relations(get('aws.apigateway.api:Api'))).toEqual(['integration → aws.lambda.function:Handler']);
    expect(relations(get('aws.apigateway.stage:Prod'))).toEqual(['api → aws.apigateway.api:Api']);
    expect(relations(get('aws.apigateway.stage:HttpStage'))).toEqual(['api → aws.apigateway.api:Http']);
  });
});
