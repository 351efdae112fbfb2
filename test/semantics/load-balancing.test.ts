import { describe, expect, it } from 'vitest';
import { build, component, gateOf, isUpWhenFailed, requirements, singleCuts } from './support.js';

const A = 'us-east-1/us-east-1a';
const B = 'us-east-1/us-east-1b';

function web(options: { wafFailOpen?: boolean; minSize?: number } = {}) {
  return [
    component('aws.ec2.subnet', 'PubA1', { zones: [A] }),
    component('aws.ec2.subnet', 'PubA2', { zones: [A] }),
    component('aws.ec2.subnet', 'PubB', { zones: [B] }),
    component('aws.elb.load-balancer', 'Alb', {
      // The normalizer also relates the balancer to the ACL its association attaches.
      attributes: {
        scheme: 'internet-facing',
        loadBalancerType: 'application',
        ...(options.wafFailOpen !== undefined ? { wafFailOpen: options.wafFailOpen } : {}),
      },
      relations: [
        ['subnet', 'aws.ec2.subnet:PubA1'],
        ['subnet', 'aws.ec2.subnet:PubA2'],
        ['subnet', 'aws.ec2.subnet:PubB'],
        ['webAcl', 'aws.wafv2.web-acl:Acl'],
      ],
    }),
    component('aws.elb.listener', 'Https', {
      relations: [
        ['loadBalancer', 'aws.elb.load-balancer:Alb'],
        ['targetGroup', 'aws.elb.target-group:Web'],
      ],
    }),
    component('aws.elb.target-group', 'Web'),
    component('aws.autoscaling.group', 'WebAsg', {
      attributes: { minSize: options.minSize ?? 2 },
      relations: [
        ['subnet', 'aws.ec2.subnet:PubA1'],
        ['subnet', 'aws.ec2.subnet:PubB'],
        ['targetGroup', 'aws.elb.target-group:Web'],
      ],
    }),
    component('aws.wafv2.web-acl', 'Acl'),
    component('aws.wafv2.association', 'AclOnAlb', {
      relations: [
        ['resource', 'aws.elb.load-balancer:Alb'],
        ['webAcl', 'aws.wafv2.web-acl:Acl'],
      ],
    }),
  ];
}

describe('load balancer', () => {
  it('is `any` over one node per distinct zone of its subnets', () => {
    const { graph } = build(web());
    const alb = 'aws.elb.load-balancer:Alb';
    expect(gateOf(graph, alb)).toBe('any');
    expect(requirements(graph, alb)).toEqual([`${alb}#0`, `${alb}#1`]);
    expect(requirements(graph, `${alb}#0`)).toEqual([
      'aws.ec2.subnet:PubA1',
      'aws.ec2.subnet:PubA2',
      'aws.elb.listener:Https',
      'aws.wafv2.association:AclOnAlb',
      'aws.wafv2.web-acl:Acl',
      'zone:us-east-1/us-east-1a',
    ]);
    expect(graph.getNodeAttribute(`${alb}#0`, 'label')).toBe('Alb #0 in us-east-1a');
  });

  it('reaches the targets through listener → target group → Auto Scaling group', () => {
    const { graph } = build(web());
    expect(requirements(graph, 'aws.elb.listener:Https')).toEqual([
      'aws.elb.target-group:Web',
      'region:us-east-1',
    ]);
    expect(gateOf(graph, 'aws.elb.target-group:Web')).toBe('any');
    expect(requirements(graph, 'aws.elb.target-group:Web')).toEqual(['aws.autoscaling.group:WebAsg']);
    expect(graph.hasEdge('aws.autoscaling.group:WebAsg', 'aws.elb.target-group:Web')).toBe(false);
    expect(graph.getEdgeAttribute('aws.elb.target-group:Web', 'aws.autoscaling.group:WebAsg', 'reason')).toBe(
      'target',
    );
    expect(graph.getEdgeAttribute('aws.elb.load-balancer:Alb#0', 'aws.elb.listener:Https', 'reason')).toBe(
      'listener',
    );
    expect(singleCuts(graph, 'aws.elb.load-balancer:Alb')).toEqual([
      'aws.autoscaling.group:WebAsg',
      'aws.elb.listener:Https',
      'aws.elb.target-group:Web',
      'aws.wafv2.association:AclOnAlb',
      'aws.wafv2.web-acl:Acl',
      'provider:aws',
      'region:us-east-1',
    ]);
  });

  it('an Auto Scaling group of one behind it makes that zone a cut', () => {
    const { graph } = build(web({ minSize: 1 }));
    expect(isUpWhenFailed(graph, 'aws.elb.load-balancer:Alb', [`zone:${A}`])).toBe(false);
    expect(isUpWhenFailed(graph, 'aws.elb.load-balancer:Alb', [`zone:${B}`])).toBe(true);
  });

  it('does not require the web ACL when WAF fail-open is declared', () => {
    const { graph } = build(web({ wafFailOpen: true }));
    expect(requirements(graph, 'aws.elb.load-balancer:Alb#1')).toEqual([
      'aws.ec2.subnet:PubB',
      'aws.elb.listener:Https',
      'zone:us-east-1/us-east-1b',
    ]);
  });

  it('a classic ELB over AvailabilityZones is `any` over those zones and its instances', () => {
    const { graph } = build([
      component('aws.ec2.instance', 'One', { zones: [A] }),
      component('aws.ec2.instance', 'Two', { zones: [A] }),
      component('aws.elb.load-balancer', 'Classic', {
        zones: [A, B],
        attributes: { scheme: 'internet-facing', loadBalancerType: 'classic' },
        relations: [
          ['instance', 'aws.ec2.instance:One'],
          ['instance', 'aws.ec2.instance:Two'],
        ],
      }),
    ]);
    const elb = 'aws.elb.load-balancer:Classic';
    expect(requirements(graph, elb)).toEqual([`${elb}#0`, `${elb}#1`]);
    expect(requirements(graph, `${elb}#1`)).toEqual([
      'aws.ec2.instance:One',
      'aws.ec2.instance:Two',
      'zone:us-east-1/us-east-1b',
    ]);
    expect(singleCuts(graph, elb)).toContain('aws.ec2.instance:One');
  });
});

describe('target group', () => {
  it('is `any` over registered instances, ECS services and Lambda functions', () => {
    const { graph } = build([
      component('aws.ec2.instance', 'I1', { zones: [A] }),
      component('aws.ec2.instance', 'I2', { zones: [B] }),
      component('aws.elb.target-group', 'Tg', {
        relations: [
          ['target', 'aws.ec2.instance:I1'],
          ['target', 'aws.ec2.instance:I2'],
        ],
      }),
      component('aws.lambda.function', 'Fn'),
      component('aws.elb.target-group', 'FnTg', { relations: [['target', 'aws.lambda.function:Fn']] }),
    ]);
    expect(gateOf(graph, 'aws.elb.target-group:Tg')).toBe('any');
    expect(requirements(graph, 'aws.elb.target-group:Tg')).toEqual([
      'aws.ec2.instance:I1',
      'aws.ec2.instance:I2',
    ]);
    expect(singleCuts(graph, 'aws.elb.target-group:Tg')).toEqual(['provider:aws', 'region:us-east-1']);
    expect(singleCuts(graph, 'aws.elb.target-group:FnTg')).toEqual([
      'aws.lambda.function:Fn',
      'provider:aws',
      'region:us-east-1',
    ]);
  });

  it('wraps targets in replicas when the target group needs something besides its targets', () => {
    const { graph } = build([
      component('aws.ec2.instance', 'I1', { zones: [A] }),
      component('aws.ec2.instance', 'I2', { zones: [B] }),
      component('aws.sns.topic', 'Audit'),
      component('aws.elb.target-group', 'Tg', {
        relations: [
          ['target', 'aws.ec2.instance:I1'],
          ['target', 'aws.ec2.instance:I2'],
          ['uses', 'aws.sns.topic:Audit'],
        ],
      }),
    ]);
    const tg = 'aws.elb.target-group:Tg';
    expect(requirements(graph, tg)).toEqual([`${tg}#0`, `${tg}#1`]);
    expect(requirements(graph, `${tg}#0`)).toEqual(['aws.ec2.instance:I1', 'aws.sns.topic:Audit']);
    expect(singleCuts(graph, tg)).toEqual(['aws.sns.topic:Audit', 'provider:aws', 'region:us-east-1']);
  });

  it('with no targets in the input stands on its region rather than `any` over nothing', () => {
    const { graph } = build([component('aws.elb.target-group', 'External')]);
    expect(gateOf(graph, 'aws.elb.target-group:External')).toBe('all');
    expect(requirements(graph, 'aws.elb.target-group:External')).toEqual(['region:us-east-1']);
  });
});
