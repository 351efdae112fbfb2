import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../src/collectors/index.js';
import type { CanonicalModel, Component } from '../../src/model/component.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { defaultPolicy } from '../../src/model/policy.js';
import { normalize } from '../../src/normalize/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpus = '../shared/corpus/cloudformation-templates';

let model: CanonicalModel;
let diagnostics: Diagnostic[];

beforeAll(async () => {
  const collected = await collect([corpus], { root });
  ({ model, diagnostics } = normalize(collected.documents, defaultPolicy()));
});

/** Components of one kind declared in the corpus file whose path ends with `file`. */
function inFile(kind: string, file: string): Component[] {
  return model.components.filter(
    (component) =>
      component.kind === kind && component.locations.some((location) => location.file.endsWith(file)),
  );
}

function byName(components: Component[], name: string): Component {
  const found = components.find((component) => component.name === name);
  if (found === undefined) throw new Error(`no ${name} among ${components.map((c) => c.id).join(', ')}`);
  return found;
}

describe('normalizing the CloudFormation corpus', () => {
  it('reports only unmodelled types, as notes', () => {
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(new Set(diagnostics.map((d) => `${d.code}/${d.level}`))).toEqual(
      new Set(['unsupported-resource/note']),
    );
    const securityGroups = diagnostics.filter((d) => d.message.includes('AWS::EC2::SecurityGroup '));
    expect(new Set(securityGroups.map((d) => d.file)).size).toBe(securityGroups.length);
  });

  it('puts each NAT gateway of a two-zone VPC in its own zone', () => {
    for (const file of ['RainModules/vpc.yml', 'ECS/EC2LaunchType/clusters/private-vpc.yaml']) {
      const gateways = inFile('aws.ec2.nat-gateway', file);
      expect(gateways).toHaveLength(2);
      const zones = gateways.map((gateway) => gateway.zones);
      expect(zones).toEqual([['deployment-region/#0'], ['deployment-region/#1']]);
    }
  });

  it('places the NAT gateways of FindInMapAZs.yaml in their own public subnets', () => {
    const gateways = inFile('aws.ec2.nat-gateway', 'VPC/FindInMapAZs.yaml');
    expect(gateways.map((gateway) => gateway.name)).toEqual(['NatGateway1', 'NatGateway2']);
    const subnets = gateways.map(
      (gateway) => gateway.relations.find((relation) => relation.role === 'subnet')?.target,
    );
    expect(subnets[0]).toMatch(/PublicSubnet1$/);
    expect(subnets[1]).toMatch(/PublicSubnet2$/);
    const privateSubnet = byName(inFile('aws.ec2.subnet', 'VPC/FindInMapAZs.yaml'), 'PrivateSubnet2');
    expect(privateSubnet.attributes.public).toBe(false);
    expect(
      privateSubnet.relations.filter((relation) => relation.role === 'natGateway').map((r) => r.target),
    ).toEqual(['aws.ec2.nat-gateway:NatGateway2']);
  });

  it('finds the one EC2 instance of VPC_EC2_Instance_With_Multiple_Static_IPAddresses.yaml', () => {
    const instances = inFile('aws.ec2.instance', 'VPC_EC2_Instance_With_Multiple_Static_IPAddresses.yaml');
    expect(instances.map((instance) => instance.id)).toEqual(['aws.ec2.instance:EC2Instance']);
    expect(instances[0]?.attributes.launchType).toBe('t3.micro');
  });

  it('reads the Auto Scaling groups sizes', () => {
    const sizes = (file: string, name: string) =>
      byName(inFile('aws.autoscaling.group', file), name).attributes;
    expect(sizes('AutoScalingMultiAZWithNotifications.yaml', 'WebServerGroup')).toMatchObject({
      minSize: 1,
      maxSize: 3,
    });
    expect(sizes('AutoScalingRollingUpdates.yaml', 'WebServerGroup')).toMatchObject({
      minSize: 2,
      maxSize: 4,
    });
    expect(sizes('ELBWithLockedDownAutoScaledInstances.yaml', 'WebServerGroup')).toMatchObject({
      minSize: 2,
    });
    expect(sizes('clusters/private-vpc.yaml', 'ECSAutoScalingGroup')).toMatchObject({ minSize: 1, count: 3 });
  });

  it('spreads the classic load balancer over every zone and links its group', () => {
    const balancer = byName(
      inFile('aws.elb.load-balancer', 'AutoScalingRollingUpdates.yaml'),
      'ElasticLoadBalancer',
    );
    expect(balancer.attributes).toEqual({ loadBalancerType: 'classic', scheme: 'internet-facing' });
    expect(balancer.zones).toEqual(['deployment-region/*']);
    const group = byName(inFile('aws.autoscaling.group', 'AutoScalingRollingUpdates.yaml'), 'WebServerGroup');
    expect(group.relations.map((relation) => relation.role)).toContain('loadBalancer');
  });
});
