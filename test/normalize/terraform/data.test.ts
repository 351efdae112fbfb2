import { describe, expect, it } from 'vitest';
import { module, ref, relations, run, tf } from './build.js';

const dbSubnets = () => [
  tf('aws_subnet.db[0]', { availability_zone: 'us-east-1a' }),
  tf('aws_subnet.db[1]', { availability_zone: 'us-east-1b' }),
  tf('aws_db_subnet_group.main', {
    name: 'orders-db',
    subnet_ids: [ref('aws_subnet.db[0]'), ref('aws_subnet.db[1]')],
  }),
];

describe('terraform normalizer: databases', () => {
  it('defaults aws_db_instance to single-AZ with one day of backups', () => {
    const { get } = run([
      module([
        ...dbSubnets(),
        tf('aws_db_instance.orders', {
          engine: 'Postgres',
          db_subnet_group_name: ref('aws_db_subnet_group.main', 'name'),
        }),
        tf('aws_db_instance.ledger', {
          engine: 'mysql',
          multi_az: true,
          backup_retention_period: 7,
          availability_zone: 'us-east-1b',
          db_subnet_group_name: 'ORDERS-DB',
        }),
      ]),
    ]);
    const orders = get('aws.rds.instance:aws_db_instance.orders');
    expect(orders.attributes).toEqual({ engine: 'postgres', multiAz: false, backupRetentionDays: 1 });
    expect(relations(orders)).toEqual([
      'subnet → aws.ec2.subnet:aws_subnet.db[0]',
      'subnet → aws.ec2.subnet:aws_subnet.db[1]',
    ]);
    const ledger = get('aws.rds.instance:aws_db_instance.ledger');
    expect(ledger.attributes).toEqual({ engine: 'mysql', multiAz: true, backupRetentionDays: 7 });
    expect(ledger.zones).toEqual(['us-east-1/us-east-1b']);
    // Named by its literal name, case-insensitively.
    expect(relations(ledger)).toHaveLength(2);
  });

  it('counts the instances of an Aurora cluster; members carry no availability of their own', () => {
    const { get } = run([
      module([
        ...dbSubnets(),
        tf('aws_rds_cluster.main', {
          engine: 'aurora-postgresql',
          cluster_identifier: 'main',
          db_subnet_group_name: ref('aws_db_subnet_group.main', 'name'),
        }),
        tf('aws_rds_cluster_instance.main[0]', { cluster_identifier: ref('aws_rds_cluster.main') }),
        tf('aws_rds_cluster_instance.main[1]', { cluster_identifier: 'main' }),
      ]),
    ]);
    const cluster = get('aws.rds.cluster:aws_rds_cluster.main');
    expect(cluster.attributes).toEqual({ engine: 'aurora-postgresql', backupRetentionDays: 1, count: 2 });
    expect(relations(cluster).filter((r) => r.startsWith('instance'))).toEqual([
      'instance → aws.rds.instance:aws_rds_cluster_instance.main[0]',
      'instance → aws.rds.instance:aws_rds_cluster_instance.main[1]',
    ]);
    const member = get('aws.rds.instance:aws_rds_cluster_instance.main[1]');
    expect(member.attributes).toEqual({});
    expect(relations(member)).toEqual([
      'cluster → aws.rds.cluster:aws_rds_cluster.main',
      'subnet → aws.ec2.subnet:aws_subnet.db[0]',
      'subnet → aws.ec2.subnet:aws_subnet.db[1]',
    ]);
  });

  it('a Multi-AZ DB cluster runs three instances', () => {
    const cluster = run([
      module([
        tf('aws_rds_cluster.multi', { engine: 'postgres', db_cluster_instance_class: 'db.r6gd.large' }),
      ]),
    ]).get('aws.rds.cluster:aws_rds_cluster.multi');
    expect(cluster.attributes).toMatchObject({ count: 3, multiAz: true });
  });
});

describe('terraform normalizer: caches', () => {
  it('defaults a replication group to no failover, no Multi-AZ, one node, no snapshots', () => {
    const { get } = run([
      module([
        tf('aws_elasticache_replication_group.plain', { description: 'sessions' }),
        tf('aws_elasticache_replication_group.ha', {
          engine: 'valkey',
          automatic_failover_enabled: true,
          multi_az_enabled: true,
          num_cache_clusters: 3,
          snapshot_retention_limit: 5,
          preferred_cache_cluster_azs: ['us-east-1a', 'us-east-1b'],
        }),
        tf('aws_elasticache_replication_group.sharded', { num_node_groups: 2, replicas_per_node_group: 1 }),
      ]),
    ]);
    expect(
      get('aws.elasticache.replication-group:aws_elasticache_replication_group.plain').attributes,
    ).toEqual({
      engine: 'redis',
      automaticFailover: false,
      multiAz: false,
      count: 1,
      backupRetentionDays: 0,
    });
    const ha = get('aws.elasticache.replication-group:aws_elasticache_replication_group.ha');
    expect(ha.attributes).toEqual({
      engine: 'valkey',
      automaticFailover: true,
      multiAz: true,
      count: 3,
      backupRetentionDays: 5,
    });
    expect(ha.zones).toEqual(['us-east-1/us-east-1a', 'us-east-1/us-east-1b']);
    expect(
      get('aws.elasticache.replication-group:aws_elasticache_replication_group.sharded').attributes.count,
    ).toBe(4);
  });

  it('reads num_cache_nodes and az_mode of a cache cluster and its subnet group by name', () => {
    const { get } = run([
      module([
        tf('aws_subnet.cache', { availability_zone: 'us-east-1c' }),
        tf('aws_elasticache_subnet_group.cache', { name: 'cache', subnet_ids: [ref('aws_subnet.cache')] }),
        tf('aws_elasticache_cluster.memcached', {
          engine: 'memcached',
          num_cache_nodes: 2,
          subnet_group_name: 'cache',
          availability_zone: 'us-east-1c',
        }),
      ]),
    ]);
    const cluster = get('aws.elasticache.cluster:aws_elasticache_cluster.memcached');
    expect(cluster.attributes).toEqual({
      engine: 'memcached',
      count: 2,
      multiAz: false,
      backupRetentionDays: 0,
    });
    expect(cluster.zones).toEqual(['us-east-1/us-east-1c']);
    expect(relations(cluster)).toEqual(['subnet → aws.ec2.subnet:aws_subnet.cache']);
  });
});

describe('terraform normalizer: DynamoDB and S3', () => {
  it('reads point_in_time_recovery and replica blocks of a table', () => {
    const { get } = run([
      module([
        tf('aws_dynamodb_table.plain', { hash_key: 'id' }),
        tf('aws_dynamodb_table.global', {
          point_in_time_recovery: { enabled: true },
          replica: [
            { region_name: 'eu-west-1', point_in_time_recovery: true },
            { region_name: 'us-west-2', point_in_time_recovery: true },
          ],
        }),
        tf('aws_dynamodb_table.partial', {
          point_in_time_recovery: [{ enabled: true }],
          replica: [{ region_name: 'eu-west-1' }],
        }),
      ]),
    ]);
    expect(get('aws.dynamodb.table:aws_dynamodb_table.plain').attributes).toEqual({
      regionalService: true,
      pointInTimeRecovery: false,
    });
    expect(get('aws.dynamodb.table:aws_dynamodb_table.global').attributes).toEqual({
      regionalService: true,
      pointInTimeRecovery: true,
      replicaRegions: ['eu-west-1', 'us-east-1', 'us-west-2'],
    });
    expect(get('aws.dynamodb.table:aws_dynamodb_table.partial').attributes.pointInTimeRecovery).toBe(false);
  });

  it('marks a bucket replicated by aws_s3_bucket_replication_configuration, with its replica region', () => {
    const { get, ids } = run([
      module([
        tf('aws_s3_bucket.assets'),
        tf('aws_s3_bucket.replica', {}, { region: 'us-west-2' }),
        tf('aws_s3_bucket.lonely'),
        tf('aws_s3_bucket_replication_configuration.assets', {
          bucket: ref('aws_s3_bucket.assets'),
          rule: [{ status: 'Enabled', destination: { bucket: ref('aws_s3_bucket.replica', 'arn') } }],
        }),
      ]),
    ]);
    expect(ids.filter((id) => id.startsWith('aws.s3.'))).toHaveLength(3);
    const assets = get('aws.s3.bucket:aws_s3_bucket.assets');
    expect(assets.attributes).toEqual({
      regionalService: true,
      replication: true,
      replicaRegions: ['us-west-2'],
    });
    expect(relations(assets)).toEqual(['replicaDestination → aws.s3.bucket:aws_s3_bucket.replica']);
    expect(get('aws.s3.bucket:aws_s3_bucket.lonely').attributes).toEqual({ regionalService: true });
  });
});
