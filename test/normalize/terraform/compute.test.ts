import { describe, expect, it } from 'vitest';
import { AllZonesValue, UnknownValue } from '../../../src/model/value.js';
import { module, ref, relations, run, tf } from './build.js';

const subnets = () => [
  tf('aws_subnet.app[0]', { availability_zone: 'us-east-1a' }),
  tf('aws_subnet.app[1]', { availability_zone: 'us-east-1b' }),
];

describe('terraform normalizer: load balancers and compute', () => {
  it('reads internal, load_balancer_type and subnets of aws_lb; defaults of aws_alb', () => {
    const { get } = run([
      module([
        ...subnets(),
        tf('aws_lb.internal', {
          internal: true,
          load_balancer_type: 'network',
          subnets: [ref('aws_subnet.app[0]'), ref('aws_subnet.app[1]')],
          enable_waf_fail_open: false,
        }),
        tf('aws_alb.public', {
          subnet_mapping: [{ subnet_id: ref('aws_subnet.app[0]') }],
        }),
      ]),
    ]);
    const internal = get('aws.elb.load-balancer:aws_lb.internal');
    expect(internal.attributes).toEqual({
      scheme: 'internal',
      loadBalancerType: 'network',
      wafFailOpen: false,
    });
    expect(internal.zones).toEqual(['us-east-1/us-east-1a', 'us-east-1/us-east-1b']);
    const alb = get('aws.elb.load-balancer:aws_alb.public');
    expect(alb.attributes).toEqual({ scheme: 'internet-facing', loadBalancerType: 'application' });
    expect(alb.zones).toEqual(['us-east-1/us-east-1a']);
  });

  it('relates listeners to their balancer and default_action target groups, simple and weighted', () => {
    const { get } = run([
      module([
        tf('aws_lb.web'),
        tf('aws_lb_target_group.blue', { vpc_id: ref('aws_vpc.main') }),
        tf('aws_lb_target_group.green'),
        tf('aws_vpc.main'),
        tf('aws_lb_listener.http', {
          load_balancer_arn: ref('aws_lb.web', 'arn'),
          default_action: [{ type: 'forward', target_group_arn: ref('aws_lb_target_group.blue', 'arn') }],
        }),
        tf('aws_lb_listener.https', {
          load_balancer_arn: ref('aws_lb.web', 'arn'),
          default_action: {
            type: 'forward',
            forward: { target_group: [{ arn: ref('aws_lb_target_group.green', 'arn') }] },
          },
        }),
        tf('aws_lb_listener_rule.api', {
          listener_arn: ref('aws_lb_listener.http', 'arn'),
          action: { type: 'forward', target_group_arn: ref('aws_lb_target_group.green', 'arn') },
        }),
      ]),
    ]);
    expect(relations(get('aws.elb.listener:aws_lb_listener.http'))).toEqual([
      'loadBalancer → aws.elb.load-balancer:aws_lb.web',
      'ruleTargetGroup → aws.elb.target-group:aws_lb_target_group.green',
      'targetGroup → aws.elb.target-group:aws_lb_target_group.blue',
    ]);
    expect(relations(get('aws.elb.listener:aws_lb_listener.https'))).toContain(
      'targetGroup → aws.elb.target-group:aws_lb_target_group.green',
    );
    expect(relations(get('aws.elb.target-group:aws_lb_target_group.blue'))).toEqual([
      'vpc → aws.ec2.vpc:aws_vpc.main',
    ]);
  });

  it('gives a target group its attached instances as targets', () => {
    const { get } = run([
      module([
        ...subnets(),
        tf('aws_instance.web', { instance_type: 't3.micro', subnet_id: ref('aws_subnet.app[1]') }),
        tf('aws_lb_target_group.web'),
        tf('aws_lb_target_group_attachment.web', {
          target_group_arn: ref('aws_lb_target_group.web', 'arn'),
          target_id: ref('aws_instance.web'),
        }),
      ]),
    ]);
    expect(relations(get('aws.elb.target-group:aws_lb_target_group.web'))).toEqual([
      'target → aws.ec2.instance:aws_instance.web',
    ]);
    const instance = get('aws.ec2.instance:aws_instance.web');
    expect(instance.attributes).toEqual({ launchType: 't3.micro' });
    expect(instance.zones).toEqual(['us-east-1/us-east-1b']);
  });

  it('reads min_size, max_size, desired_capacity, vpc_zone_identifier and target_group_arns of a group', () => {
    const { get, diagnostics } = run([
      module([
        ...subnets(),
        tf('aws_lb_target_group.web'),
        tf('aws_autoscaling_group.web', {
          min_size: 1,
          max_size: 4,
          vpc_zone_identifier: [ref('aws_subnet.app[0]'), ref('aws_subnet.app[1]')],
          target_group_arns: [ref('aws_lb_target_group.web', 'arn')],
        }),
        tf('aws_autoscaling_group.spread', {
          min_size: new UnknownValue('var.min_size has no value'),
          max_size: 3,
          desired_capacity: 2,
          availability_zones: new AllZonesValue('us-east-1'),
        }),
      ]),
    ]);
    const web = get('aws.autoscaling.group:aws_autoscaling_group.web');
    expect(web.attributes).toEqual({ minSize: 1, maxSize: 4, count: 1 });
    expect(web.zones).toEqual(['us-east-1/us-east-1a', 'us-east-1/us-east-1b']);
    expect(relations(web)).toEqual([
      'subnet → aws.ec2.subnet:aws_subnet.app[0]',
      'subnet → aws.ec2.subnet:aws_subnet.app[1]',
      'targetGroup → aws.elb.target-group:aws_lb_target_group.web',
    ]);
    const spread = get('aws.autoscaling.group:aws_autoscaling_group.spread');
    expect(spread.attributes).toEqual({ maxSize: 3, count: 2 });
    expect(spread.zones).toEqual(['us-east-1/*']);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'unresolved-value',
        'min_size of aws_autoscaling_group.spread cannot be known statically; no value is assumed',
      ],
    ]);
  });

  it('attaches a group to a target group through aws_autoscaling_attachment; reads a mixed policy template', () => {
    const { get } = run([
      module([
        tf('aws_lb_target_group.web'),
        tf('aws_launch_template.web', { image_id: 'ami-123', instance_type: 't3.small' }),
        tf('aws_autoscaling_group.web', {
          min_size: 2,
          max_size: 2,
          mixed_instances_policy: {
            launch_template: {
              launch_template_specification: { launch_template_id: ref('aws_launch_template.web') },
            },
          },
        }),
        tf('aws_autoscaling_attachment.web', {
          autoscaling_group_name: ref('aws_autoscaling_group.web', 'name'),
          lb_target_group_arn: ref('aws_lb_target_group.web', 'arn'),
        }),
      ]),
    ]);
    expect(relations(get('aws.autoscaling.group:aws_autoscaling_group.web'))).toEqual([
      'launchTemplate → aws.ec2.launch-template:aws_launch_template.web',
      'targetGroup → aws.elb.target-group:aws_lb_target_group.web',
    ]);
  });
});
