import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../src/model/policy.js';
import { AllZonesValue, RefValue, ZoneValue } from '../../src/model/value.js';
import { doc, fact, relations, run } from './build.js';

const vpc = () => fact('Vpc', 'AWS::EC2::VPC', { CidrBlock: '10.0.0.0/16' });

function twoTierNetwork() {
  return doc([
    vpc(),
    fact('PublicA', 'AWS::EC2::Subnet', {
      VpcId: new RefValue('Vpc'),
      AvailabilityZone: new ZoneValue(undefined, 0, undefined),
      MapPublicIpOnLaunch: true,
    }),
    fact('PrivateA', 'AWS::EC2::Subnet', { VpcId: new RefValue('Vpc'), AvailabilityZone: 'us-east-1a' }),
    fact('PrivateB', 'AWS::EC2::Subnet', { VpcId: new RefValue('Vpc'), AvailabilityZoneId: 'use1-az2' }),
    fact('Lonely', 'AWS::EC2::Subnet', { VpcId: new RefValue('Vpc'), MapPublicIpOnLaunch: true }),
    fact('Igw', 'AWS::EC2::InternetGateway'),
    fact('Attach', 'AWS::EC2::VPCGatewayAttachment', {
      VpcId: new RefValue('Vpc'),
      InternetGatewayId: new RefValue('Igw'),
    }),
    fact('PublicRt', 'AWS::EC2::RouteTable', { VpcId: new RefValue('Vpc') }),
    fact('PublicDefault', 'AWS::EC2::Route', {
      RouteTableId: new RefValue('PublicRt'),
      DestinationCidrBlock: '0.0.0.0/0',
      GatewayId: new RefValue('Igw'),
    }),
    fact('PublicAssoc', 'AWS::EC2::SubnetRouteTableAssociation', {
      SubnetId: new RefValue('PublicA'),
      RouteTableId: new RefValue('PublicRt'),
    }),
    fact('NatEip', 'AWS::EC2::EIP', { Domain: 'vpc' }),
    fact('Nat', 'AWS::EC2::NatGateway', {
      SubnetId: new RefValue('PublicA'),
      AllocationId: new RefValue('NatEip', 'AllocationId'),
    }),
    fact('PrivateRt', 'AWS::EC2::RouteTable', { VpcId: new RefValue('Vpc') }),
    fact('PrivateDefault', 'AWS::EC2::Route', {
      RouteTableId: new RefValue('PrivateRt'),
      DestinationCidrBlock: '0.0.0.0/0',
      NatGatewayId: new RefValue('Nat'),
    }),
    fact('PeeringRoute', 'AWS::EC2::Route', {
      RouteTableId: new RefValue('PrivateRt'),
      DestinationCidrBlock: '172.16.0.0/12',
      GatewayId: new RefValue('Igw'),
    }),
    fact('PrivateAssocA', 'AWS::EC2::SubnetRouteTableAssociation', {
      SubnetId: new RefValue('PrivateA'),
      RouteTableId: new RefValue('PrivateRt'),
    }),
    fact('PrivateAssocB', 'AWS::EC2::SubnetRouteTableAssociation', {
      SubnetId: new RefValue('PrivateB'),
      RouteTableId: new RefValue('PrivateRt'),
    }),
  ]);
}

describe('EC2 networking', () => {
  it('places subnets by zone name, zone id and zone index', () => {
    const { get } = run([twoTierNetwork()]);
    expect(get('aws.ec2.subnet:PublicA').zones).toEqual(['deployment-region/#0']);
    expect(get('aws.ec2.subnet:PrivateA').zones).toEqual(['us-east-1/us-east-1a']);
    expect(get('aws.ec2.subnet:PrivateB').zones).toEqual(['deployment-region/use1-az2']);
    expect(get('aws.ec2.subnet:Lonely').zones).toEqual([]);
  });

  it('uses the policy region for zone indices and unnamed zone ids', () => {
    const { get } = run([twoTierNetwork()], { ...defaultPolicy(), aws: { region: 'eu-west-1' } });
    expect(get('aws.ec2.subnet:PublicA').zones).toEqual(['eu-west-1/#0']);
    expect(get('aws.ec2.subnet:PublicA').region).toBe('eu-west-1');
    expect(get('aws.ec2.subnet:PrivateB').zones).toEqual(['eu-west-1/use1-az2']);
  });

  it('decides public from routes, never from MapPublicIpOnLaunch', () => {
    const { get } = run([twoTierNetwork()]);
    expect(get('aws.ec2.subnet:PublicA').attributes.public).toBe(true);
    expect(get('aws.ec2.subnet:PrivateA').attributes.public).toBe(false);
    expect(get('aws.ec2.subnet:Lonely').attributes.public).toBeUndefined();
  });

  it('gives private subnets their NAT gateway and keeps narrower routes apart', () => {
    const { get } = run([twoTierNetwork()]);
    expect(relations(get('aws.ec2.subnet:PrivateA'))).toEqual([
      'natGateway → aws.ec2.nat-gateway:Nat',
      'routeTable → aws.ec2.route-table:PrivateRt',
      'vpc → aws.ec2.vpc:Vpc',
    ]);
    expect(relations(get('aws.ec2.route:PeeringRoute'))).toEqual([
      'routeTable → aws.ec2.route-table:PrivateRt',
      'routeTarget → aws.ec2.internet-gateway:Igw',
    ]);
    expect(relations(get('aws.ec2.route:PublicDefault'))).toContain(
      'internetGateway → aws.ec2.internet-gateway:Igw',
    );
  });

  it('places a NAT gateway in its subnet zone with its Elastic IP', () => {
    const { get, ids } = run([twoTierNetwork()]);
    const nat = get('aws.ec2.nat-gateway:Nat');
    expect(nat.zones).toEqual(['deployment-region/#0']);
    expect(relations(nat)).toEqual(['eip → aws.ec2.eip:NatEip', 'subnet → aws.ec2.subnet:PublicA']);
    expect(relations(get('aws.ec2.internet-gateway:Igw'))).toEqual(['vpc → aws.ec2.vpc:Vpc']);
    expect(ids.some((id) => id.includes('Assoc') || id.includes('Attach'))).toBe(false);
  });

  it('places instances by zone, subnet or network interface', () => {
    const { get } = run([
      doc([
        vpc(),
        fact('SubnetB', 'AWS::EC2::Subnet', { AvailabilityZone: new ZoneValue(undefined, 1, undefined) }),
        fact('ByZone', 'AWS::EC2::Instance', { AvailabilityZone: 'eu-central-1b', InstanceType: 't3.micro' }),
        fact('BySubnet', 'AWS::EC2::Instance', { SubnetId: new RefValue('SubnetB') }),
        fact('ByEni', 'AWS::EC2::Instance', {
          NetworkInterfaces: [{ DeviceIndex: '0', SubnetId: new RefValue('SubnetB') }],
        }),
      ]),
    ]);
    expect(get('aws.ec2.instance:ByZone').zones).toEqual(['eu-central-1/eu-central-1b']);
    expect(get('aws.ec2.instance:ByZone').attributes.launchType).toBe('t3.micro');
    expect(get('aws.ec2.instance:BySubnet').zones).toEqual(['deployment-region/#1']);
    expect(get('aws.ec2.instance:ByEni').zones).toEqual(['deployment-region/#1']);
  });

  it('leaves a subnet on !GetAZs without a zone', () => {
    const { get } = run([
      doc([fact('S', 'AWS::EC2::Subnet', { AvailabilityZone: new AllZonesValue(undefined) })]),
    ]);
    expect(get('aws.ec2.subnet:S').zones).toEqual([]);
  });
});
