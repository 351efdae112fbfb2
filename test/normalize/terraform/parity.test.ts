import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analysis/index.js';
import type { Component } from '../../../src/model/component.js';
import { defaultPolicy } from '../../../src/model/policy.js';
import { RefValue, ZoneValue } from '../../../src/model/value.js';
import { normalizeCloudFormation } from '../../../src/normalize/cloudformation.js';
import { loadRules, runRules } from '../../../src/rules/index.js';
import { buildGraph } from '../../../src/semantics/index.js';
import { doc, fact } from '../build.js';
import { module, ref, run, tf } from './build.js';

const region = { region: 'us-east-1' };
const cfn = (id: string, type: string, properties: Parameters<typeof fact>[2] = {}) =>
  fact(id, type, properties, region);
const zone = (index: number) => new ZoneValue(undefined, index, undefined);

/** The small architecture in CloudFormation: logical ids are the names the Terraform side maps to. */
function cloudFormation() {
  const subnet = (id: string, index: number) =>
    cfn(id, 'AWS::EC2::Subnet', { VpcId: new RefValue('Vpc'), AvailabilityZone: zone(index) });
  const association = (id: string, subnetId: string, table: string) =>
    cfn(id, 'AWS::EC2::SubnetRouteTableAssociation', {
      SubnetId: new RefValue(subnetId),
      RouteTableId: new RefValue(table),
    });
  return doc([
    cfn('Vpc', 'AWS::EC2::VPC', { CidrBlock: '10.0.0.0/16' }),
    subnet('PublicA', 0),
    subnet('PublicB', 1),
    subnet('PrivateA', 0),
    subnet('PrivateB', 1),
    cfn('Igw', 'AWS::EC2::InternetGateway'),
    cfn('IgwAttach', 'AWS::EC2::VPCGatewayAttachment', {
      VpcId: new RefValue('Vpc'),
      InternetGatewayId: new RefValue('Igw'),
    }),
    cfn('NatEip', 'AWS::EC2::EIP', { Domain: 'vpc' }),
    cfn('Nat', 'AWS::EC2::NatGateway', {
      SubnetId: new RefValue('PublicA'),
      AllocationId: new RefValue('NatEip', 'AllocationId'),
    }),
    cfn('PublicRt', 'AWS::EC2::RouteTable', { VpcId: new RefValue('Vpc') }),
    cfn('PublicDefault', 'AWS::EC2::Route', {
      RouteTableId: new RefValue('PublicRt'),
      DestinationCidrBlock: '0.0.0.0/0',
      GatewayId: new RefValue('Igw'),
    }),
    cfn('PrivateRt', 'AWS::EC2::RouteTable', { VpcId: new RefValue('Vpc') }),
    cfn('PrivateDefault', 'AWS::EC2::Route', {
      RouteTableId: new RefValue('PrivateRt'),
      DestinationCidrBlock: '0.0.0.0/0',
      NatGatewayId: new RefValue('Nat'),
    }),
    association('PublicAssocA', 'PublicA', 'PublicRt'),
    association('PublicAssocB', 'PublicB', 'PublicRt'),
    association('PrivateAssocA', 'PrivateA', 'PrivateRt'),
    association('PrivateAssocB', 'PrivateB', 'PrivateRt'),
    cfn('Alb', 'AWS::ElasticLoadBalancingV2::LoadBalancer', {
      Subnets: [new RefValue('PublicA'), new RefValue('PublicB')],
    }),
    cfn('Tg', 'AWS::ElasticLoadBalancingV2::TargetGroup', { VpcId: new RefValue('Vpc'), Port: 80 }),
    cfn('Listener', 'AWS::ElasticLoadBalancingV2::Listener', {
      LoadBalancerArn: new RefValue('Alb'),
      DefaultActions: [{ Type: 'forward', TargetGroupArn: new RefValue('Tg') }],
    }),
    cfn('Asg', 'AWS::AutoScaling::AutoScalingGroup', {
      MinSize: '1',
      MaxSize: '3',
      VPCZoneIdentifier: [new RefValue('PrivateA'), new RefValue('PrivateB')],
      TargetGroupARNs: [new RefValue('Tg')],
    }),
    cfn('DbSubnets', 'AWS::RDS::DBSubnetGroup', {
      SubnetIds: [new RefValue('PrivateA'), new RefValue('PrivateB')],
    }),
    cfn('Db', 'AWS::RDS::DBInstance', { Engine: 'postgres', DBSubnetGroupName: new RefValue('DbSubnets') }),
    cfn('CacheSubnets', 'AWS::ElastiCache::SubnetGroup', {
      SubnetIds: [new RefValue('PrivateA'), new RefValue('PrivateB')],
    }),
    cfn('Cache', 'AWS::ElastiCache::ReplicationGroup', {
      Engine: 'redis',
      NumCacheClusters: 1,
      CacheSubnetGroupName: new RefValue('CacheSubnets'),
    }),
  ]);
}

/** The same architecture in Terraform: count-expanded subnets, an inline public route, provider defaults left out. */
function terraform() {
  const subnet = (id: string, index: number) =>
    tf(id, { vpc_id: ref('aws_vpc.main'), availability_zone: new ZoneValue(undefined, index, 'us-east-1') });
  const association = (id: string, subnetId: string, table: string) =>
    tf(id, { subnet_id: ref(subnetId), route_table_id: ref(table) });
  const privateSubnets = [ref('aws_subnet.private[0]'), ref('aws_subnet.private[1]')];
  return module([
    tf('aws_vpc.main', { cidr_block: '10.0.0.0/16' }),
    subnet('aws_subnet.public[0]', 0),
    subnet('aws_subnet.public[1]', 1),
    subnet('aws_subnet.private[0]', 0),
    subnet('aws_subnet.private[1]', 1),
    tf('aws_internet_gateway.main', { vpc_id: ref('aws_vpc.main') }),
    tf('aws_eip.nat', { domain: 'vpc' }),
    tf('aws_nat_gateway.main', { subnet_id: ref('aws_subnet.public[0]'), allocation_id: ref('aws_eip.nat') }),
    tf('aws_route_table.public', {
      vpc_id: ref('aws_vpc.main'),
      route: [{ cidr_block: '0.0.0.0/0', gateway_id: ref('aws_internet_gateway.main') }],
    }),
    tf('aws_route_table.private', { vpc_id: ref('aws_vpc.main') }),
    tf('aws_route.private_default', {
      route_table_id: ref('aws_route_table.private'),
      destination_cidr_block: '0.0.0.0/0',
      nat_gateway_id: ref('aws_nat_gateway.main'),
    }),
    association('aws_route_table_association.public[0]', 'aws_subnet.public[0]', 'aws_route_table.public'),
    association('aws_route_table_association.public[1]', 'aws_subnet.public[1]', 'aws_route_table.public'),
    association('aws_route_table_association.private[0]', 'aws_subnet.private[0]', 'aws_route_table.private'),
    association('aws_route_table_association.private[1]', 'aws_subnet.private[1]', 'aws_route_table.private'),
    tf('aws_lb.web', { subnets: [ref('aws_subnet.public[0]'), ref('aws_subnet.public[1]')] }),
    tf('aws_lb_target_group.web', { vpc_id: ref('aws_vpc.main'), port: 80 }),
    tf('aws_lb_listener.http', {
      load_balancer_arn: ref('aws_lb.web', 'arn'),
      default_action: [{ type: 'forward', target_group_arn: ref('aws_lb_target_group.web', 'arn') }],
    }),
    tf('aws_autoscaling_group.app', {
      min_size: 1,
      max_size: 3,
      vpc_zone_identifier: privateSubnets,
      target_group_arns: [ref('aws_lb_target_group.web', 'arn')],
    }),
    tf('aws_db_subnet_group.main', { subnet_ids: privateSubnets }),
    tf('aws_db_instance.main', {
      engine: 'postgres',
      db_subnet_group_name: ref('aws_db_subnet_group.main', 'name'),
    }),
    tf('aws_elasticache_subnet_group.main', { subnet_ids: privateSubnets }),
    tf('aws_elasticache_replication_group.main', {
      description: 'sessions',
      subnet_group_name: ref('aws_elasticache_subnet_group.main', 'name'),
    }),
  ]);
}

/** Terraform address → CloudFormation logical id of the same resource. */
const TWIN: Readonly<Record<string, string>> = {
  'aws_vpc.main': 'Vpc',
  'aws_subnet.public[0]': 'PublicA',
  'aws_subnet.public[1]': 'PublicB',
  'aws_subnet.private[0]': 'PrivateA',
  'aws_subnet.private[1]': 'PrivateB',
  'aws_internet_gateway.main': 'Igw',
  'aws_eip.nat': 'NatEip',
  'aws_nat_gateway.main': 'Nat',
  'aws_route_table.public': 'PublicRt',
  'aws_route_table.public.route.0': 'PublicDefault',
  'aws_route_table.private': 'PrivateRt',
  'aws_route.private_default': 'PrivateDefault',
  'aws_lb.web': 'Alb',
  'aws_lb_target_group.web': 'Tg',
  'aws_lb_listener.http': 'Listener',
  'aws_autoscaling_group.app': 'Asg',
  'aws_db_instance.main': 'Db',
  'aws_elasticache_replication_group.main': 'Cache',
};

/** What must agree between the twins: everything but names, native types, formats and locations. */
function shape(components: readonly Component[], rename: (name: string) => string) {
  const nameOf = new Map(components.map((component) => [component.id, rename(component.name)]));
  return components
    .map((component) => ({
      name: rename(component.name),
      kind: component.kind,
      region: component.region,
      zones: component.zones,
      attributes: component.attributes,
      relations: component.relations
        .map((relation) => `${relation.role} → ${nameOf.get(relation.target) ?? relation.target}`)
        .sort(),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

describe('terraform normalizer: parity with CloudFormation', () => {
  const fromTerraform = run([terraform()]);
  const fromCloudFormation = normalizeCloudFormation([cloudFormation()], defaultPolicy());

  it('makes the same components with the same kinds, zones, attributes and relations', () => {
    const renamed = shape(fromTerraform.components, (name) => TWIN[name] ?? `unmapped:${name}`);
    const expected = shape(fromCloudFormation.components, (name) => name);
    expect(renamed).toHaveLength(18);
    expect(renamed.map((item) => item.name)).toEqual(expected.map((item) => item.name));
    expect(renamed).toEqual(expected);
  });

  it('keeps the findings-relevant facts: single NAT, single-AZ database, cache without failover', () => {
    const nat = fromTerraform.get('aws.ec2.nat-gateway:aws_nat_gateway.main');
    expect(nat.zones).toEqual(['us-east-1/#0']);
    expect(fromTerraform.get('aws.rds.instance:aws_db_instance.main').attributes).toEqual({
      engine: 'postgres',
      multiAz: false,
      backupRetentionDays: 1,
    });
    expect(
      fromTerraform.get('aws.elasticache.replication-group:aws_elasticache_replication_group.main')
        .attributes,
    ).toMatchObject({ automaticFailover: false, count: 1 });
    expect(fromTerraform.get('aws.autoscaling.group:aws_autoscaling_group.app').attributes.minSize).toBe(1);
    expect(fromTerraform.get('aws.elb.load-balancer:aws_lb.web').zones).toEqual([
      'us-east-1/#0',
      'us-east-1/#1',
    ]);
  });

  it('reports nothing on either side', () => {
    expect(fromTerraform.diagnostics).toEqual([]);
    expect(fromCloudFormation.diagnostics).toEqual([]);
  });
});

/** `ruleId @ name` of every finding the built-in rules make of `components`, names mapped by `rename`. */
async function findings(components: Component[], rename: (name: string) => string): Promise<string[]> {
  const policy = defaultPolicy();
  const model = { components: [...components].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
  const built = buildGraph(model, policy);
  const analysis = analyse(built.graph, built.entries);
  const { rules } = await loadRules([]);
  const ran = runRules(rules, { model, graph: built.graph, entries: built.entries, analysis, policy });
  return ran.findings.map((finding) => `${finding.ruleId} @ ${rename(finding.node.name)}`).sort();
}

describe('terraform normalizer: parity of findings', () => {
  it('gives the same findings on the same logical resources as the CloudFormation twin', async () => {
    const fromTerraform = await findings(run([terraform()]).components, (name) => TWIN[name] ?? name);
    const fromCloudFormation = await findings(
      normalizeCloudFormation([cloudFormation()], defaultPolicy()).components,
      (name) => name,
    );
    expect(fromTerraform).toEqual(fromCloudFormation);
    expect(fromTerraform).toEqual(
      expect.arrayContaining([
        'single-nat-gateway @ Nat',
        'database-single-zone @ Db',
        'cache-no-automatic-failover @ Cache',
      ]),
    );
  });
});
