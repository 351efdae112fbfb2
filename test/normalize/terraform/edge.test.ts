import { describe, expect, it } from 'vitest';
import { UnknownValue } from '../../../src/model/value.js';
import { module, ref, relations, run, tf } from './build.js';

describe('terraform normalizer: CloudFront and Route 53', () => {
  it('relates a distribution to its origins and origin group members', () => {
    const { get } = run([
      module([
        tf('aws_lb.primary'),
        tf('aws_lb.secondary'),
        tf('aws_wafv2_web_acl.edge'),
        tf('aws_cloudfront_distribution.site', {
          aliases: ['WWW.example.com.'],
          origin: [
            { origin_id: 'primary', domain_name: ref('aws_lb.primary', 'dns_name') },
            { origin_id: 'secondary', domain_name: ref('aws_lb.secondary', 'dns_name') },
          ],
          origin_group: {
            origin_id: 'group',
            member: [{ origin_id: 'primary' }, { origin_id: 'secondary' }],
          },
          web_acl_id: ref('aws_wafv2_web_acl.edge', 'arn'),
        }),
        tf('aws_cloudfront_distribution.single', {
          origin: { origin_id: 'only', domain_name: ref('aws_lb.primary', 'dns_name') },
        }),
      ]),
    ]);
    const site = get('aws.cloudfront.distribution:aws_cloudfront_distribution.site');
    expect(site.attributes).toEqual({ aliases: ['www.example.com'], originFailover: true });
    expect(relations(site)).toEqual([
      'origin → aws.elb.load-balancer:aws_lb.primary',
      'origin → aws.elb.load-balancer:aws_lb.secondary',
      'originGroupMember → aws.elb.load-balancer:aws_lb.primary',
      'originGroupMember → aws.elb.load-balancer:aws_lb.secondary',
      'webAcl → aws.wafv2.web-acl:aws_wafv2_web_acl.edge',
    ]);
    expect(
      get('aws.cloudfront.distribution:aws_cloudfront_distribution.single').attributes.originFailover,
    ).toBe(false);
  });

  it('reads failover records with health checks, aliases and TTLs', () => {
    const { get, diagnostics } = run([
      module([
        tf('aws_route53_zone.public', { name: 'example.com' }),
        tf('aws_route53_zone.private', { name: 'internal.example', vpc: { vpc_id: ref('aws_vpc.main') } }),
        tf('aws_vpc.main'),
        tf('aws_route53_health_check.primary', { fqdn: 'a.example.com', type: 'HTTPS' }),
        tf('aws_lb.primary'),
        tf('aws_route53_record.primary', {
          zone_id: ref('aws_route53_zone.public', 'zone_id'),
          name: 'api.example.com',
          type: 'A',
          set_identifier: 'primary',
          failover_routing_policy: { type: 'PRIMARY' },
          health_check_id: ref('aws_route53_health_check.primary'),
          alias: {
            name: ref('aws_lb.primary', 'dns_name'),
            zone_id: ref('aws_lb.primary', 'zone_id'),
            evaluate_target_health: false,
          },
        }),
        tf('aws_route53_record.db', {
          zone_id: ref('aws_route53_zone.private', 'zone_id'),
          name: 'db.internal.example',
          type: 'CNAME',
          ttl: new UnknownValue('var.ttl has no value'),
          records: ['db.example.net'],
        }),
        tf('aws_route53_record.weighted', {
          zone_id: ref('aws_route53_zone.public', 'zone_id'),
          name: 'w.example.com',
          type: 'A',
          ttl: 60,
          weighted_routing_policy: [{ weight: 10 }],
        }),
      ]),
    ]);
    expect(get('aws.route53.hosted-zone:aws_route53_zone.public').attributes).toEqual({
      public: true,
      recordName: 'example.com',
    });
    expect(relations(get('aws.route53.hosted-zone:aws_route53_zone.private'))).toEqual([
      'vpc → aws.ec2.vpc:aws_vpc.main',
    ]);
    const primary = get('aws.route53.record:aws_route53_record.primary');
    expect(primary.attributes).toEqual({
      recordName: 'api.example.com',
      recordType: 'A',
      failover: 'PRIMARY',
      setIdentifier: 'primary',
      routingPolicy: 'failover',
      healthCheck: true,
    });
    expect(relations(primary)).toEqual([
      'aliasTarget → aws.elb.load-balancer:aws_lb.primary',
      'healthCheck → aws.route53.health-check:aws_route53_health_check.primary',
      'hostedZone → aws.route53.hosted-zone:aws_route53_zone.public',
    ]);
    expect(get('aws.route53.record:aws_route53_record.db').attributes).toEqual({
      recordName: 'db.internal.example',
      recordType: 'CNAME',
      routingPolicy: 'simple',
      healthCheck: false,
    });
    expect(get('aws.route53.record:aws_route53_record.weighted').attributes).toMatchObject({
      ttl: 60,
      routingPolicy: 'weighted',
    });
    expect(diagnostics.map((d) => d.message)).toEqual([
      'ttl of aws_route53_record.db cannot be known statically; no value is assumed',
    ]);
  });
});

describe('terraform normalizer: ECS, Lambda, messaging, WAF', () => {
  it('defaults desired_count to the provider default 0 and reads subnets and target groups', () => {
    const { get } = run([
      module([
        tf('aws_subnet.a', { availability_zone: 'us-east-1a' }),
        tf('aws_ecs_cluster.main'),
        tf('aws_lb_target_group.api'),
        tf('aws_ecs_task_definition.api', {
          container_definitions: new UnknownValue('jsonencode(...)', [ref('aws_sqs_queue.jobs', 'url')]),
        }),
        tf('aws_sqs_queue.jobs'),
        tf('aws_ecs_service.api', {
          cluster: ref('aws_ecs_cluster.main'),
          task_definition: ref('aws_ecs_task_definition.api', 'arn'),
          launch_type: 'FARGATE',
          network_configuration: { subnets: [ref('aws_subnet.a')] },
          load_balancer: [{ target_group_arn: ref('aws_lb_target_group.api', 'arn'), container_port: 80 }],
        }),
        tf('aws_ecs_service.daemon', { scheduling_strategy: 'DAEMON' }),
        tf('aws_ecs_service.scaled', { desired_count: 3 }),
      ]),
    ]);
    const api = get('aws.ecs.service:aws_ecs_service.api');
    expect(api.attributes).toEqual({ count: 0, launchType: 'FARGATE' });
    expect(api.zones).toEqual(['us-east-1/us-east-1a']);
    expect(relations(api)).toEqual([
      'cluster → aws.ecs.cluster:aws_ecs_cluster.main',
      'subnet → aws.ec2.subnet:aws_subnet.a',
      'targetGroup → aws.elb.target-group:aws_lb_target_group.api',
      'taskDefinition → aws.ecs.task-definition:aws_ecs_task_definition.api',
    ]);
    expect(get('aws.ecs.service:aws_ecs_service.daemon').attributes).toEqual({});
    expect(get('aws.ecs.service:aws_ecs_service.scaled').attributes).toEqual({ count: 3 });
    expect(relations(get('aws.ecs.task-definition:aws_ecs_task_definition.api'))).toEqual([
      'uses → aws.sqs.queue:aws_sqs_queue.jobs',
    ]);
  });

  it('a function outside a VPC is regional; inside one it takes its subnets zones', () => {
    const { get } = run([
      module([
        tf('aws_subnet.a', { availability_zone: 'us-east-1a' }),
        tf('aws_sns_topic.events'),
        tf('aws_lambda_function.public', {
          environment: { variables: { TOPIC: ref('aws_sns_topic.events', 'arn') } },
        }),
        tf('aws_lambda_function.private', {
          vpc_config: { subnet_ids: [ref('aws_subnet.a')], security_group_ids: [] },
        }),
      ]),
    ]);
    const open = get('aws.lambda.function:aws_lambda_function.public');
    expect(open.attributes).toEqual({ regionalService: true });
    expect(relations(open)).toEqual(['uses → aws.sns.topic:aws_sns_topic.events']);
    const inside = get('aws.lambda.function:aws_lambda_function.private');
    expect(inside.attributes).toEqual({});
    expect(inside.zones).toEqual(['us-east-1/us-east-1a']);
    expect(get('aws.sns.topic:aws_sns_topic.events').attributes).toEqual({ regionalService: true });
  });

  it('gives the protected load balancer a webAcl relation through the association', () => {
    const { get } = run([
      module([
        tf('aws_lb.web'),
        tf('aws_wafv2_web_acl.main'),
        tf('aws_wafv2_web_acl_association.web', {
          resource_arn: ref('aws_lb.web', 'arn'),
          web_acl_arn: ref('aws_wafv2_web_acl.main', 'arn'),
        }),
      ]),
    ]);
    expect(relations(get('aws.elb.load-balancer:aws_lb.web'))).toEqual([
      'webAcl → aws.wafv2.web-acl:aws_wafv2_web_acl.main',
    ]);
    expect(relations(get('aws.wafv2.association:aws_wafv2_web_acl_association.web'))).toEqual([
      'resource → aws.elb.load-balancer:aws_lb.web',
      'webAcl → aws.wafv2.web-acl:aws_wafv2_web_acl.main',
    ]);
  });
});
