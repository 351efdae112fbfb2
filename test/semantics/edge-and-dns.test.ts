import { describe, expect, it } from 'vitest';
import { build, component, gateOf, isUpWhenFailed, requirements, singleCuts } from './support.js';

const A = 'us-east-1/us-east-1a';

describe('CloudFront', () => {
  it('is global: requires the provider and its origin, no zone or region', () => {
    const { graph } = build([
      component('aws.s3.bucket', 'Site', { attributes: { regionalService: true } }),
      component('aws.s3.bucket', 'Logs', { attributes: { regionalService: true } }),
      component('aws.cloudfront.distribution', 'Cdn', {
        relations: [
          ['origin', 'aws.s3.bucket:Site'],
          ['logging', 'aws.s3.bucket:Logs'],
        ],
      }),
    ]);
    expect(requirements(graph, 'aws.cloudfront.distribution:Cdn')).toEqual([
      'aws.s3.bucket:Site',
      'provider:aws',
    ]);
    expect(graph.getEdgeAttribute('aws.cloudfront.distribution:Cdn', 'aws.s3.bucket:Site', 'reason')).toBe(
      'origin',
    );
  });

  it('with an origin group is `any` over the group members', () => {
    const { graph } = build([
      component('aws.s3.bucket', 'East', { region: 'us-east-1' }),
      component('aws.s3.bucket', 'West', { region: 'us-west-2' }),
      component('aws.cloudfront.distribution', 'Cdn', {
        attributes: { originFailover: true },
        relations: [
          ['origin', 'aws.s3.bucket:East'],
          ['origin', 'aws.s3.bucket:West'],
        ],
      }),
    ]);
    const cdn = 'aws.cloudfront.distribution:Cdn';
    expect(gateOf(graph, cdn)).toBe('any');
    expect(requirements(graph, `${cdn}#0`)).toEqual(['aws.s3.bucket:East', 'provider:aws']);
    expect(singleCuts(graph, cdn)).toEqual(['provider:aws']);
  });

  it('reads members marked `originGroupMember` that are also plain `origin`s', () => {
    const { graph } = build([
      component('aws.elb.load-balancer', 'Api', { zones: [A] }),
      component('aws.s3.bucket', 'Primary'),
      component('aws.s3.bucket', 'Secondary', { region: 'eu-west-1' }),
      component('aws.cloudfront.distribution', 'Cdn', {
        attributes: { originFailover: true },
        relations: [
          ['origin', 'aws.elb.load-balancer:Api'],
          ['origin', 'aws.s3.bucket:Primary'],
          ['origin', 'aws.s3.bucket:Secondary'],
          ['originGroupMember', 'aws.s3.bucket:Primary'],
          ['originGroupMember', 'aws.s3.bucket:Secondary'],
        ],
      }),
    ]);
    const cdn = 'aws.cloudfront.distribution:Cdn';
    expect(requirements(graph, cdn)).toEqual([`${cdn}#0`, `${cdn}#1`]);
    expect(requirements(graph, `${cdn}#0`)).toEqual([
      'aws.elb.load-balancer:Api',
      'aws.s3.bucket:Primary',
      'provider:aws',
    ]);
    expect(requirements(graph, `${cdn}#1`)).toEqual([
      'aws.elb.load-balancer:Api',
      'aws.s3.bucket:Secondary',
      'provider:aws',
    ]);
    expect(singleCuts(graph, cdn)).toContain('aws.elb.load-balancer:Api');
    expect(singleCuts(graph, cdn)).not.toContain('aws.s3.bucket:Primary');
  });

  it('keeps origins outside the group required', () => {
    const { graph } = build([
      component('aws.s3.bucket', 'Primary'),
      component('aws.s3.bucket', 'Secondary', { region: 'eu-west-1' }),
      component('aws.apigateway.api', 'Api'),
      component('aws.cloudfront.distribution', 'Cdn', {
        attributes: { originFailover: true },
        relations: [
          ['originGroupMember', 'aws.s3.bucket:Primary'],
          ['originGroupMember', 'aws.s3.bucket:Secondary'],
          ['origin', 'aws.apigateway.api:Api'],
        ],
      }),
    ]);
    expect(singleCuts(graph, 'aws.cloudfront.distribution:Cdn')).toEqual([
      'aws.apigateway.api:Api',
      'provider:aws',
      'region:us-east-1',
    ]);
  });
});

function failoverRecords(primaryHealthCheck: boolean) {
  return [
    component('aws.route53.hosted-zone', 'Zone'),
    component('aws.elb.load-balancer', 'Primary', { zones: [A] }),
    component('aws.elb.load-balancer', 'Standby', { region: 'us-west-2', zones: ['us-west-2/us-west-2a'] }),
    component('aws.route53.record', 'PrimaryRecord', {
      attributes: {
        recordName: 'shop.example.com.',
        recordType: 'A',
        failover: 'PRIMARY',
        routingPolicy: 'failover',
        healthCheck: primaryHealthCheck,
      },
      relations: [
        ['hostedZone', 'aws.route53.hosted-zone:Zone'],
        ['aliasTarget', 'aws.elb.load-balancer:Primary'],
      ],
    }),
    component('aws.route53.record', 'SecondaryRecord', {
      attributes: {
        recordName: 'shop.example.com',
        recordType: 'A',
        failover: 'SECONDARY',
        routingPolicy: 'failover',
      },
      relations: [
        ['hostedZone', 'aws.route53.hosted-zone:Zone'],
        ['aliasTarget', 'aws.elb.load-balancer:Standby'],
      ],
    }),
  ];
}

describe('Route 53', () => {
  it('a hosted zone requires the provider only; a record its zone and alias target', () => {
    const { graph } = build(failoverRecords(true));
    expect(requirements(graph, 'aws.route53.hosted-zone:Zone')).toEqual(['provider:aws']);
    expect(requirements(graph, 'aws.route53.record:PrimaryRecord')).toEqual([
      'aws.elb.load-balancer:Primary',
      'aws.route53.hosted-zone:Zone',
      'provider:aws',
    ]);
  });

  it('failover with a health-checked primary is `any` over primary and secondary', () => {
    const { graph, entries } = build(failoverRecords(true));
    expect(gateOf(graph, 'dns:shop.example.com/A')).toBe('any');
    expect(requirements(graph, 'dns:shop.example.com/A')).toEqual([
      'aws.route53.record:PrimaryRecord',
      'aws.route53.record:SecondaryRecord',
    ]);
    expect(entries.map((entry) => [entry.name, entry.source])).toEqual([['shop.example.com', 'inferred']]);
    expect(requirements(graph, 'entry:shop.example.com')).toEqual(['dns:shop.example.com/A']);
    expect(isUpWhenFailed(graph, 'entry:shop.example.com', ['region:us-east-1'])).toBe(true);
    expect(singleCuts(graph, 'entry:shop.example.com')).toEqual([
      'aws.route53.hosted-zone:Zone',
      'dns:shop.example.com/A',
      'provider:aws',
    ]);
  });

  it('failover without a health check on the primary requires the primary', () => {
    const { graph } = build(failoverRecords(false));
    expect(gateOf(graph, 'dns:shop.example.com/A')).toBe('all');
    expect(requirements(graph, 'dns:shop.example.com/A')).toEqual(['aws.route53.record:PrimaryRecord']);
    expect(isUpWhenFailed(graph, 'entry:shop.example.com', ['region:us-east-1'])).toBe(false);
  });

  it('weighted records are `any` only when every member has a health check', () => {
    const weighted = (name: string, target: string, healthCheck: boolean) =>
      component('aws.route53.record', name, {
        attributes: {
          recordName: 'api.example.com',
          recordType: 'A',
          routingPolicy: 'weighted',
          setIdentifier: name,
          healthCheck,
        },
        relations: [['aliasTarget', target]],
      });
    const targets = [
      component('aws.ec2.instance', 'One', { zones: [A] }),
      component('aws.ec2.instance', 'Two', { zones: ['us-east-1/us-east-1b'] }),
    ];
    const checked = build([
      ...targets,
      weighted('W1', 'aws.ec2.instance:One', true),
      weighted('W2', 'aws.ec2.instance:Two', true),
    ]).graph;
    expect(gateOf(checked, 'dns:api.example.com/A')).toBe('any');
    const mixed = build([
      ...targets,
      weighted('W1', 'aws.ec2.instance:One', true),
      weighted('W2', 'aws.ec2.instance:Two', false),
    ]).graph;
    expect(gateOf(mixed, 'dns:api.example.com/A')).toBe('all');
    expect(requirements(mixed, 'dns:api.example.com/A')).toEqual(['aws.route53.record:W2']);
    const unchecked = build([
      ...targets,
      weighted('W1', 'aws.ec2.instance:One', false),
      weighted('W2', 'aws.ec2.instance:Two', false),
    ]).graph;
    expect(requirements(unchecked, 'dns:api.example.com/A')).toEqual([
      'aws.route53.record:W1',
      'aws.route53.record:W2',
    ]);
    expect(singleCuts(unchecked, 'dns:api.example.com/A')).toContain('aws.ec2.instance:One');
  });

  it('does not infer entries from private hosted zones or non-address records', () => {
    const { entries } = build([
      component('aws.ec2.vpc', 'Vpc'),
      component('aws.route53.hosted-zone', 'Internal', { relations: [['vpc', 'aws.ec2.vpc:Vpc']] }),
      component('aws.route53.record', 'Db', {
        attributes: { recordName: 'db.internal.', recordType: 'CNAME' },
        relations: [['hostedZone', 'aws.route53.hosted-zone:Internal']],
      }),
      component('aws.route53.hosted-zone', 'Public'),
      component('aws.route53.record', 'Mail', {
        attributes: { recordName: 'example.com.', recordType: 'MX' },
        relations: [['hostedZone', 'aws.route53.hosted-zone:Public']],
      }),
    ]);
    expect(entries).toEqual([]);
  });
});
