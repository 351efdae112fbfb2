import { describe, expect, it } from 'vitest';
import { AllZonesValue, ChoiceValue, RefValue, UnknownValue, ZoneValue } from '../../src/model/value.js';
import { doc, fact, relations, run } from './build.js';

const subnets = () => [
  fact('SubnetA', 'AWS::EC2::Subnet', { AvailabilityZone: new ZoneValue(undefined, 0, undefined) }),
  fact('SubnetB', 'AWS::EC2::Subnet', { AvailabilityZone: new ZoneValue(undefined, 1, undefined) }),
];
const bothSubnets = () => [new RefValue('SubnetA'), new RefValue('SubnetB')];
const zonesAB = ['deployment-region/#0', 'deployment-region/#1'];

describe('load balancers', () => {
  it('applies the internet-facing application defaults and reads the WAF fail-open attribute', () => {
    const { get } = run([
      doc([
        ...subnets(),
        fact('Alb', 'AWS::ElasticLoadBalancingV2::LoadBalancer', {
          Subnets: bothSubnets(),
          LoadBalancerAttributes: [{ Key: 'waf.fail_open.enabled', Value: 'true' }],
        }),
        fact('Nlb', 'AWS::ElasticLoadBalancingV2::LoadBalancer', {
          Type: 'network',
          Scheme: 'internal',
          SubnetMappings: [{ SubnetId: new RefValue('SubnetA') }],
        }),
      ]),
    ]);
    const alb = get('aws.elb.load-balancer:Alb');
    expect(alb.attributes).toEqual({
      loadBalancerType: 'application',
      scheme: 'internet-facing',
      wafFailOpen: true,
    });
    expect(alb.zones).toEqual(zonesAB);
    const nlb = get('aws.elb.load-balancer:Nlb');
    expect(nlb.attributes).toEqual({ loadBalancerType: 'network', scheme: 'internal' });
    expect(nlb.zones).toEqual(['deployment-region/#0']);
  });

  it('links listeners, rules and target groups', () => {
    const { get, ids } = run([
      doc([
        fact('Alb', 'AWS::ElasticLoadBalancingV2::LoadBalancer', {}),
        fact('Web', 'AWS::EC2::Instance', {}),
        fact('Tg', 'AWS::ElasticLoadBalancingV2::TargetGroup', { Targets: [{ Id: new RefValue('Web') }] }),
        fact('ApiTg', 'AWS::ElasticLoadBalancingV2::TargetGroup', {}),
        fact('Http', 'AWS::ElasticLoadBalancingV2::Listener', {
          LoadBalancerArn: new RefValue('Alb'),
          DefaultActions: [{ Type: 'forward', TargetGroupArn: new RefValue('Tg') }],
        }),
        fact('ApiRule', 'AWS::ElasticLoadBalancingV2::ListenerRule', {
          ListenerArn: new RefValue('Http'),
          Actions: [
            { Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: new RefValue('ApiTg') }] } },
          ],
        }),
      ]),
    ]);
    expect(relations(get('aws.elb.listener:Http'))).toEqual([
      'loadBalancer → aws.elb.load-balancer:Alb',
      'ruleTargetGroup → aws.elb.target-group:ApiTg',
      'targetGroup → aws.elb.target-group:Tg',
    ]);
    expect(relations(get('aws.elb.target-group:Tg'))).toEqual(['target → aws.ec2.instance:Web']);
    expect(ids.some((id) => id.includes('ApiRule'))).toBe(false);
  });

  it('maps a classic load balancer over zones and instances', () => {
    const { get } = run([
      doc([
        fact('Web', 'AWS::EC2::Instance', {}),
        fact('Elb', 'AWS::ElasticLoadBalancing::LoadBalancer', {
          AvailabilityZones: new AllZonesValue(undefined),
          Instances: [new RefValue('Web')],
        }),
      ]),
    ]);
    const elb = get('aws.elb.load-balancer:Elb');
    expect(elb.attributes).toEqual({ loadBalancerType: 'classic', scheme: 'internet-facing' });
    expect(elb.zones).toEqual(['deployment-region/*']);
    expect(relations(elb)).toEqual(['target → aws.ec2.instance:Web']);
  });
});

describe('Auto Scaling groups', () => {
  it('reads sizes written as strings and places the group by its subnets', () => {
    const { get } = run([
      doc([
        ...subnets(),
        fact('Tg', 'AWS::ElasticLoadBalancingV2::TargetGroup', {}),
        fact('Lt', 'AWS::EC2::LaunchTemplate', {}),
        fact('Asg', 'AWS::AutoScaling::AutoScalingGroup', {
          MinSize: '1',
          MaxSize: '4',
          VPCZoneIdentifier: bothSubnets(),
          TargetGroupARNs: [new RefValue('Tg')],
          LaunchTemplate: {
            LaunchTemplateId: new RefValue('Lt'),
            Version: new RefValue('Lt', 'LatestVersionNumber'),
          },
        }),
      ]),
    ]);
    const asg = get('aws.autoscaling.group:Asg');
    expect(asg.attributes).toEqual({ minSize: 1, maxSize: 4, count: 1 });
    expect(asg.zones).toEqual(zonesAB);
    expect(relations(asg)).toEqual([
      'launchTemplate → aws.ec2.launch-template:Lt',
      'subnet → aws.ec2.subnet:SubnetA',
      'subnet → aws.ec2.subnet:SubnetB',
      'targetGroup → aws.elb.target-group:Tg',
    ]);
  });

  it('assumes the smaller size of an undecided condition and says so', () => {
    const { get, diagnostics } = run([
      doc([
        fact('Asg', 'AWS::AutoScaling::AutoScalingGroup', {
          MinSize: new ChoiceValue('IsProd', '3', '1'),
          MaxSize: new UnknownValue('parameter without default'),
          DesiredCapacity: 2,
          AvailabilityZones: [new ZoneValue('us-west-2a', undefined, undefined), 'us-west-2b'],
        }),
      ]),
    ]);
    const asg = get('aws.autoscaling.group:Asg');
    expect(asg.attributes).toEqual({ minSize: 1, count: 2 });
    expect(asg.zones).toEqual(['us-west-2/us-west-2a', 'us-west-2/us-west-2b']);
    expect(diagnostics.map((d) => [d.code, d.level, d.line])).toEqual([
      ['unresolved-value', 'warning', asg.locations[0]?.line],
      ['unresolved-value', 'warning', asg.locations[0]?.line],
    ]);
    expect(diagnostics.filter((d) => d.message.includes('IsProd'))).toHaveLength(1);
  });
});

describe('containers and functions', () => {
  it('defaults an ECS service to one task and links its cluster, task definition and target group', () => {
    const { get } = run([
      doc([
        ...subnets(),
        fact('Db', 'AWS::RDS::DBInstance', { Engine: 'postgres' }),
        fact('Cluster', 'AWS::ECS::Cluster', {}),
        fact('Tg', 'AWS::ElasticLoadBalancingV2::TargetGroup', {}),
        fact('Task', 'AWS::ECS::TaskDefinition', {
          ContainerDefinitions: [
            {
              Name: 'app',
              Environment: [{ Name: 'DB_HOST', Value: new RefValue('Db', 'Endpoint.Address') }],
            },
          ],
        }),
        fact('Service', 'AWS::ECS::Service', {
          Cluster: new RefValue('Cluster'),
          TaskDefinition: new RefValue('Task'),
          LaunchType: 'FARGATE',
          NetworkConfiguration: { AwsvpcConfiguration: { Subnets: bothSubnets() } },
          LoadBalancers: [{ ContainerName: 'app', ContainerPort: 80, TargetGroupArn: new RefValue('Tg') }],
        }),
        fact('Daemon', 'AWS::ECS::Service', { SchedulingStrategy: 'DAEMON' }),
      ]),
    ]);
    const service = get('aws.ecs.service:Service');
    expect(service.attributes).toEqual({ count: 1, launchType: 'FARGATE' });
    expect(service.zones).toEqual(zonesAB);
    expect(relations(service)).toEqual([
      'cluster → aws.ecs.cluster:Cluster',
      'subnet → aws.ec2.subnet:SubnetA',
      'subnet → aws.ec2.subnet:SubnetB',
      'targetGroup → aws.elb.target-group:Tg',
      'taskDefinition → aws.ecs.task-definition:Task',
    ]);
    expect(relations(get('aws.ecs.task-definition:Task'))).toEqual(['uses → aws.rds.instance:Db']);
    expect(get('aws.ecs.service:Daemon').attributes.count).toBeUndefined();
  });

  it('reads EKS node group scaling and subnets', () => {
    const { get } = run([
      doc([
        ...subnets(),
        fact('Eks', 'AWS::EKS::Cluster', { ResourcesVpcConfig: { SubnetIds: bothSubnets() } }),
        fact('Nodes', 'AWS::EKS::Nodegroup', {
          ClusterName: new RefValue('Eks'),
          Subnets: [new RefValue('SubnetA')],
          ScalingConfig: { MinSize: 1, DesiredSize: 2, MaxSize: 5 },
        }),
      ]),
    ]);
    expect(get('aws.eks.cluster:Eks').zones).toEqual(zonesAB);
    const nodes = get('aws.eks.nodegroup:Nodes');
    expect(nodes.attributes).toEqual({ minSize: 1, maxSize: 5, count: 2 });
    expect(nodes.zones).toEqual(['deployment-region/#0']);
    expect(relations(nodes)).toEqual(['cluster → aws.eks.cluster:Eks', 'subnet → aws.ec2.subnet:SubnetA']);
  });

  it('treats a Lambda function outside a VPC as a regional service', () => {
    const { get } = run([
      doc([
        ...subnets(),
        fact('Queue', 'AWS::SQS::Queue', {}),
        fact('Public', 'AWS::Lambda::Function', {
          Environment: { Variables: { QUEUE: new RefValue('Queue') } },
        }),
        fact('Private', 'AWS::Lambda::Function', { VpcConfig: { SubnetIds: bothSubnets() } }),
      ]),
    ]);
    expect(get('aws.lambda.function:Public').attributes).toEqual({ regionalService: true });
    expect(relations(get('aws.lambda.function:Public'))).toEqual(['uses → aws.sqs.queue:Queue']);
    expect(get('aws.lambda.function:Private').attributes).toEqual({});
    expect(get('aws.lambda.function:Private').zones).toEqual(zonesAB);
  });
});

describe('instances behind declared network interfaces', () => {
  it('takes the subnet of an interface declared as its own resource', () => {
    const { get } = run([
      doc([
        fact('SubnetB', 'AWS::EC2::Subnet', { AvailabilityZone: 'ap-southeast-2b' }),
        fact('Eth0', 'AWS::EC2::NetworkInterface', { SubnetId: new RefValue('SubnetB') }),
        fact('Box', 'AWS::EC2::Instance', {
          NetworkInterfaces: [{ NetworkInterfaceId: new RefValue('Eth0'), DeviceIndex: '0' }],
        }),
      ]),
    ]);
    expect(get('aws.ec2.instance:Box').zones).toEqual(['ap-southeast-2/ap-southeast-2b']);
    expect(relations(get('aws.ec2.instance:Box'))).toEqual(['subnet → aws.ec2.subnet:SubnetB']);
  });
});

describe('Application Auto Scaling', () => {
  it('sets the task bounds of the ECS service its scalable target names', () => {
    const { get, ids } = run([
      doc([
        fact('Cluster', 'AWS::ECS::Cluster', {}),
        fact('Service', 'AWS::ECS::Service', { Cluster: new RefValue('Cluster'), DesiredCount: 2 }),
        fact('Scaling', 'AWS::ApplicationAutoScaling::ScalableTarget', {
          ServiceNamespace: 'ecs',
          ScalableDimension: 'ecs:service:DesiredCount',
          ResourceId: new UnknownValue('Fn::Sub', [new RefValue('Cluster'), new RefValue('Service', 'Name')]),
          MinCapacity: 1,
          MaxCapacity: '6',
        }),
        fact('TableScaling', 'AWS::ApplicationAutoScaling::ScalableTarget', {
          ScalableDimension: 'dynamodb:table:ReadCapacityUnits',
          ResourceId: new UnknownValue('Fn::Sub', [new RefValue('Service')]),
          MinCapacity: 5,
        }),
      ]),
    ]);
    expect(get('aws.ecs.service:Service').attributes).toEqual({ count: 2, minSize: 1, maxSize: 6 });
    expect(ids.some((id) => id.includes('Scaling'))).toBe(false);
  });
});
