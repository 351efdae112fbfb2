import { describe, expect, it } from 'vitest';
import { module, ref, relations, run, tf } from './build.js';

describe('terraform normalizer: variants of the same resources', () => {
  it('maps DocumentDB and Neptune clusters with their engines and members', () => {
    const { get } = run([
      module([
        tf('aws_subnet.a', { availability_zone: 'us-east-1a' }),
        tf('aws_neptune_subnet_group.graph', { name: 'graph', subnet_ids: [ref('aws_subnet.a')] }),
        tf('aws_docdb_cluster.docs', { backup_retention_period: 0 }),
        tf('aws_docdb_cluster_instance.docs[0]', { cluster_identifier: ref('aws_docdb_cluster.docs') }),
        tf('aws_neptune_cluster.graph', { neptune_subnet_group_name: 'graph' }),
      ]),
    ]);
    expect(get('aws.rds.cluster:aws_docdb_cluster.docs').attributes).toEqual({
      engine: 'docdb',
      backupRetentionDays: 0,
      count: 1,
    });
    expect(get('aws.rds.instance:aws_docdb_cluster_instance.docs[0]').attributes).toEqual({
      engine: 'docdb',
    });
    const graph = get('aws.rds.cluster:aws_neptune_cluster.graph');
    expect(graph.attributes).toEqual({ engine: 'neptune', backupRetentionDays: 1, count: 0 });
    expect(relations(graph)).toEqual(['subnet → aws.ec2.subnet:aws_subnet.a']);
  });

  it('reads the inline replication_configuration of a provider v3 bucket', () => {
    const { get } = run([
      module([
        tf('aws_s3_bucket.replica', {}, { region: 'eu-west-1' }),
        tf('aws_s3_bucket.assets', {
          replication_configuration: {
            role: 'arn:aws:iam::123456789012:role/replication',
            rules: [{ status: 'Enabled', destination: { bucket: ref('aws_s3_bucket.replica', 'arn') } }],
          },
        }),
      ]),
    ]);
    expect(get('aws.s3.bucket:aws_s3_bucket.assets').attributes).toEqual({
      regionalService: true,
      replication: true,
      replicaRegions: ['eu-west-1'],
    });
  });

  it('attaches a gateway to its VPC through aws_internet_gateway_attachment', () => {
    const { get } = run([
      module([
        tf('aws_vpc.main'),
        tf('aws_internet_gateway.detached'),
        tf('aws_internet_gateway_attachment.main', {
          internet_gateway_id: ref('aws_internet_gateway.detached'),
          vpc_id: ref('aws_vpc.main'),
        }),
      ]),
    ]);
    expect(relations(get('aws.ec2.internet-gateway:aws_internet_gateway.detached'))).toEqual([
      'vpc → aws.ec2.vpc:aws_vpc.main',
    ]);
  });

  it('places an instance through the subnet of its declared network interface', () => {
    const { get } = run([
      module([
        tf('aws_subnet.b', { availability_zone: 'us-east-1b' }),
        tf('aws_network_interface.eth0', { subnet_id: ref('aws_subnet.b') }),
        tf('aws_instance.bastion', {
          network_interface: [{ network_interface_id: ref('aws_network_interface.eth0'), device_index: 0 }],
        }),
      ]),
    ]);
    const instance = get('aws.ec2.instance:aws_instance.bastion');
    expect(instance.zones).toEqual(['us-east-1/us-east-1b']);
    expect(relations(instance)).toEqual(['subnet → aws.ec2.subnet:aws_subnet.b']);
  });

  it('keeps each module folder apart: equal addresses in two folders get the unit in their ids', () => {
    const { ids } = run([
      module([tf('aws_sqs_queue.jobs')], 'modules/worker'),
      module([tf('aws_sqs_queue.jobs')], 'envs/prod'),
    ]);
    expect(ids).toEqual([
      'aws.sqs.queue:envs/prod/aws_sqs_queue.jobs',
      'aws.sqs.queue:modules/worker/aws_sqs_queue.jobs',
    ]);
  });
});
