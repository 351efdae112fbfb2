import { describe, expect, it } from 'vitest';
import { ChoiceValue, RefValue } from '../../src/model/value.js';
import { doc, fact, relations, run } from './build.js';

const origins = () => [
  fact('Alb', 'AWS::ElasticLoadBalancingV2::LoadBalancer', {}),
  fact('Static', 'AWS::S3::Bucket', {}),
];

describe('CloudFront', () => {
  it('relates origins, origin groups and aliases', () => {
    const { get } = run([
      doc([
        ...origins(),
        fact('Cdn', 'AWS::CloudFront::Distribution', {
          DistributionConfig: {
            Aliases: ['shop.example.com'],
            Origins: [
              { Id: 'app', DomainName: new RefValue('Alb', 'DNSName') },
              { Id: 'static', DomainName: new RefValue('Static', 'RegionalDomainName') },
            ],
            OriginGroups: {
              Quantity: 1,
              Items: [{ Id: 'failover', Members: { Quantity: 1, Items: [{ OriginId: 'static' }] } }],
            },
          },
        }),
        fact('Plain', 'AWS::CloudFront::Distribution', {
          DistributionConfig: { Origins: [{ Id: 'app', DomainName: new RefValue('Alb', 'DNSName') }] },
        }),
      ]),
    ]);
    const cdn = get('aws.cloudfront.distribution:Cdn');
    expect(cdn.attributes).toEqual({ aliases: ['shop.example.com'], originFailover: true });
    expect(relations(cdn)).toEqual([
      'origin → aws.elb.load-balancer:Alb',
      'origin → aws.s3.bucket:Static',
      'originGroupMember → aws.s3.bucket:Static',
    ]);
    expect(get('aws.cloudfront.distribution:Plain').attributes).toEqual({
      aliases: [],
      originFailover: false,
    });
  });
});

describe('Route 53', () => {
  it('maps records with failover, health checks, TTL and hosted zones', () => {
    const { get } = run([
      doc([
        ...origins(),
        fact('Zone', 'AWS::Route53::HostedZone', { Name: 'Example.com.' }),
        fact('Check', 'AWS::Route53::HealthCheck', { HealthCheckConfig: { Type: 'HTTPS' } }),
        fact('ApiPrimary', 'AWS::Route53::RecordSet', {
          HostedZoneId: new RefValue('Zone'),
          Name: 'api.example.com.',
          Type: 'CNAME',
          TTL: '300',
          Failover: 'PRIMARY',
          SetIdentifier: 'primary',
          ResourceRecords: [new RefValue('Alb', 'DNSName')],
        }),
        fact('ApiSecondary', 'AWS::Route53::RecordSet', {
          HostedZoneName: 'example.com.',
          Name: 'api.example.com',
          Type: 'A',
          Failover: 'SECONDARY',
          SetIdentifier: 'secondary',
          HealthCheckId: new RefValue('Check'),
          AliasTarget: { DNSName: new RefValue('Static', 'DomainName'), HostedZoneId: 'Z3AQBSTGFYJSTF' },
        }),
      ]),
    ]);
    const primary = get('aws.route53.record:ApiPrimary');
    expect(primary.attributes).toEqual({
      recordName: 'api.example.com',
      recordType: 'CNAME',
      ttl: 300,
      failover: 'PRIMARY',
      setIdentifier: 'primary',
      routingPolicy: 'failover',
      healthCheck: false,
    });
    expect(relations(primary)).toEqual([
      'hostedZone → aws.route53.hosted-zone:Zone',
      'resourceRecord → aws.elb.load-balancer:Alb',
    ]);
    const secondary = get('aws.route53.record:ApiSecondary');
    expect(secondary.attributes.healthCheck).toBe(true);
    expect(relations(secondary)).toEqual([
      'aliasTarget → aws.s3.bucket:Static',
      'healthCheck → aws.route53.health-check:Check',
      'hostedZone → aws.route53.hosted-zone:Zone',
    ]);
    expect(get('aws.route53.hosted-zone:Zone').attributes).toEqual({
      public: true,
      recordName: 'example.com',
    });
  });

  it('makes each record of a group its own component and finds hosted zones by name across documents', () => {
    const { get } = run([
      doc([fact('Zone', 'AWS::Route53::HostedZone', { Name: 'example.com' })], 'dns'),
      doc(
        [
          fact('Cdn', 'AWS::CloudFront::Distribution', {}),
          fact('Records', 'AWS::Route53::RecordSetGroup', {
            HostedZoneName: 'example.com.',
            RecordSets: [
              {
                Name: 'shop.example.com.',
                Type: 'A',
                AliasTarget: { DNSName: new RefValue('Cdn', 'DomainName'), EvaluateTargetHealth: false },
              },
              { Name: 'www.example.com.', Type: 'CNAME', TTL: 60, Weight: 10, SetIdentifier: 'blue' },
            ],
          }),
        ],
        'app',
      ),
    ]);
    const shop = get('aws.route53.record:Records.0');
    expect(shop.attributes).toMatchObject({
      recordName: 'shop.example.com',
      routingPolicy: 'simple',
      healthCheck: false,
    });
    expect(relations(shop)).toEqual([
      'aliasTarget → aws.cloudfront.distribution:Cdn',
      'hostedZone → aws.route53.hosted-zone:Zone',
    ]);
    const www = get('aws.route53.record:Records.1');
    expect(www.attributes).toMatchObject({ ttl: 60, routingPolicy: 'weighted', setIdentifier: 'blue' });
    expect(relations(www)).toEqual(['hostedZone → aws.route53.hosted-zone:Zone']);
  });

  it('treats an alias that evaluates its target health as health-checked, and a private zone as private', () => {
    const { get } = run([
      doc([
        fact('Vpc', 'AWS::EC2::VPC', {}),
        fact('Internal', 'AWS::Route53::HostedZone', {
          Name: 'corp.internal',
          VPCs: [{ VPCId: new RefValue('Vpc'), VPCRegion: 'us-east-1' }],
        }),
        fact('Alb', 'AWS::ElasticLoadBalancingV2::LoadBalancer', {}),
        fact('Latency', 'AWS::Route53::RecordSet', {
          Name: 'app.corp.internal',
          Type: 'A',
          Region: 'us-east-1',
          SetIdentifier: 'use1',
          AliasTarget: { DNSName: new RefValue('Alb', 'DNSName'), EvaluateTargetHealth: true },
        }),
      ]),
    ]);
    expect(get('aws.route53.hosted-zone:Internal').attributes.public).toBe(false);
    expect(relations(get('aws.route53.hosted-zone:Internal'))).toEqual(['vpc → aws.ec2.vpc:Vpc']);
    expect(get('aws.route53.record:Latency').attributes).toMatchObject({
      healthCheck: true,
      routingPolicy: 'latency',
    });
  });
});

describe('WAFv2', () => {
  it('puts the web ACL on the load balancer and on the association', () => {
    const { get } = run([
      doc([
        fact('Alb', 'AWS::ElasticLoadBalancingV2::LoadBalancer', {}),
        fact('Acl', 'AWS::WAFv2::WebACL', { Scope: 'REGIONAL' }),
        fact('AclAssoc', 'AWS::WAFv2::WebACLAssociation', {
          ResourceArn: new RefValue('Alb'),
          WebACLArn: new RefValue('Acl', 'Arn'),
        }),
      ]),
    ]);
    expect(relations(get('aws.elb.load-balancer:Alb'))).toEqual(['webAcl → aws.wafv2.web-acl:Acl']);
    expect(get('aws.elb.load-balancer:Alb').attributes.wafFailOpen).toBeUndefined();
    expect(relations(get('aws.wafv2.association:AclAssoc'))).toEqual([
      'resource → aws.elb.load-balancer:Alb',
      'webAcl → aws.wafv2.web-acl:Acl',
    ]);
  });
});

describe('general', () => {
  it('prefixes the unit to ids defined in two documents, and only to those', () => {
    const { ids } = run([
      doc([fact('Vpc', 'AWS::EC2::VPC'), fact('Db', 'AWS::RDS::DBInstance')], 'stacks/app'),
      doc([fact('Vpc', 'AWS::EC2::VPC'), fact('Queue', 'AWS::SQS::Queue')], 'stacks/network'),
    ]);
    expect(ids).toEqual([
      'aws.ec2.vpc:stacks/app/Vpc',
      'aws.ec2.vpc:stacks/network/Vpc',
      'aws.rds.instance:Db',
      'aws.sqs.queue:Queue',
    ]);
  });

  it('reports each unmodelled type once per file as a note and drops references to it', () => {
    const { diagnostics, get } = run([
      doc([
        fact('Role', 'AWS::IAM::Role'),
        fact('OtherRole', 'AWS::IAM::Role'),
        fact('Sg', 'AWS::EC2::SecurityGroup'),
        fact('Web', 'AWS::EC2::Instance', {
          SecurityGroupIds: [new RefValue('Sg')],
          IamInstanceProfile: new RefValue('Role'),
        }),
      ]),
    ]);
    // One note per type, at the first resource of that type.
    const webLine = get('aws.ec2.instance:Web').locations[0]?.line ?? 0;
    expect(
      diagnostics.map((d) => [d.code, d.level, d.file, d.line, d.message.includes('AWS::IAM::Role')]),
    ).toEqual([
      ['unsupported-resource', 'note', 'template.yaml', webLine - 3, true],
      ['unsupported-resource', 'note', 'template.yaml', webLine - 1, false],
    ]);
    expect(relations(get('aws.ec2.instance:Web'))).toEqual([]);
  });

  it('keeps every other reference as role ref, from both branches of a condition', () => {
    const { get } = run([
      doc([
        fact('Primary', 'AWS::SQS::Queue'),
        fact('Fallback', 'AWS::SQS::Queue'),
        fact('Worker', 'AWS::EC2::Instance', {
          UserData: new ChoiceValue(
            'UsePrimary',
            new RefValue('Primary'),
            new RefValue('Fallback', 'QueueName'),
          ),
        }),
      ]),
    ]);
    expect(relations(get('aws.ec2.instance:Worker'))).toEqual([
      'ref → aws.sqs.queue:Fallback',
      'ref → aws.sqs.queue:Primary',
    ]);
  });

  it('copies tags, conditions, locations and explicit dependencies', () => {
    const { get, model } = run([
      doc([
        fact('Queue', 'AWS::SQS::Queue', {
          Tags: [
            { Key: 'team', Value: 'orders' },
            { Key: 'cost', Value: new RefValue('X') },
          ],
        }),
        fact(
          'Topic',
          'AWS::SNS::Topic',
          { Tags: { env: 'prod' } },
          { dependsOn: ['Queue', 'Role'], condition: 'IsProd' },
        ),
        fact('Role', 'AWS::IAM::Role'),
      ]),
    ]);
    expect({ ...get('aws.sqs.queue:Queue').tags }).toEqual({ team: 'orders' });
    const topic = get('aws.sns.topic:Topic');
    expect({ ...topic.tags }).toEqual({ env: 'prod' });
    expect(topic.condition).toBe('IsProd');
    expect(topic.dependsOn).toEqual(['aws.sqs.queue:Queue']);
    expect(topic.locations).toEqual([{ file: 'template.yaml', line: topic.locations[0]?.line }]);
    expect(topic.nativeType).toBe('AWS::SNS::Topic');
    expect(model.components.map((c) => c.id)).toEqual(['aws.sns.topic:Topic', 'aws.sqs.queue:Queue']);
  });

  it('is deterministic whatever the order of resources', () => {
    const resources = [
      fact('B', 'AWS::SQS::Queue', { Policy: new RefValue('A') }),
      fact('A', 'AWS::SQS::Queue', { Policy: new RefValue('B') }),
    ];
    const forward = run([doc(resources)]).model;
    const backward = run([doc([...resources].reverse())]).model;
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
  });
});
