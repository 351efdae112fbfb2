import { describe, expect, it } from 'vitest';
import { ZoneValue } from '../../../src/model/value.js';
import { inFile, module, ref, relations, run, tf } from './build.js';

/** Public subnet with a NAT, private subnets behind it: inline routes on one table, a standalone route on the other. */
function network() {
  return module([
    tf('aws_vpc.main', { cidr_block: '10.0.0.0/16', tags: { Name: 'main', team: 'core' } }),
    tf('aws_subnet.public[0]', {
      vpc_id: ref('aws_vpc.main'),
      availability_zone: 'us-east-1a',
      map_public_ip_on_launch: true,
    }),
    tf('aws_subnet.private[0]', {
      vpc_id: ref('aws_vpc.main'),
      availability_zone: new ZoneValue(undefined, 0, 'us-east-1'),
    }),
    tf('aws_subnet.private[1]', {
      vpc_id: ref('aws_vpc.main'),
      availability_zone: new ZoneValue(undefined, 1, 'us-east-1'),
      map_public_ip_on_launch: true,
    }),
    tf('aws_internet_gateway.main', { vpc_id: ref('aws_vpc.main') }),
    tf('aws_eip.nat', { domain: 'vpc' }),
    tf('aws_nat_gateway.main', {
      subnet_id: ref('aws_subnet.public[0]'),
      allocation_id: ref('aws_eip.nat'),
    }),
    tf('aws_route_table.public', {
      vpc_id: ref('aws_vpc.main'),
      route: [
        { cidr_block: '0.0.0.0/0', gateway_id: ref('aws_internet_gateway.main') },
        { cidr_block: '10.1.0.0/16', nat_gateway_id: ref('aws_nat_gateway.main') },
      ],
    }),
    tf('aws_route_table.private', { vpc_id: ref('aws_vpc.main') }),
    tf('aws_route.private_default', {
      route_table_id: ref('aws_route_table.private'),
      destination_cidr_block: '0.0.0.0/0',
      nat_gateway_id: ref('aws_nat_gateway.main'),
    }),
    tf('aws_route_table_association.public[0]', {
      subnet_id: ref('aws_subnet.public[0]'),
      route_table_id: ref('aws_route_table.public'),
    }),
    tf('aws_route_table_association.private[0]', {
      subnet_id: ref('aws_subnet.private[0]'),
      route_table_id: ref('aws_route_table.private'),
    }),
    tf('aws_route_table_association.private[1]', {
      subnet_id: ref('aws_subnet.private[1]'),
      route_table_id: ref('aws_route_table.private'),
    }),
  ]);
}

describe('terraform normalizer: network', () => {
  it('places subnets in their zones, by name or by index into the provider region', () => {
    const { get } = run([network()]);
    expect(get('aws.ec2.subnet:aws_subnet.public[0]').zones).toEqual(['us-east-1/us-east-1a']);
    expect(get('aws.ec2.subnet:aws_subnet.private[1]').zones).toEqual(['us-east-1/#1']);
    expect(get('aws.ec2.subnet:aws_subnet.private[0]').region).toBe('us-east-1');
  });

  it('makes a subnet public by its route to an internet gateway, not by map_public_ip_on_launch', () => {
    const { get } = run([network()]);
    const publicSubnet = get('aws.ec2.subnet:aws_subnet.public[0]');
    expect(publicSubnet.attributes.public).toBe(true);
    expect(relations(publicSubnet)).toContain(
      'internetGateway → aws.ec2.internet-gateway:aws_internet_gateway.main',
    );
    const privateSubnet = get('aws.ec2.subnet:aws_subnet.private[1]');
    expect(privateSubnet.attributes.public).toBe(false);
    expect(relations(privateSubnet)).toEqual([
      'natGateway → aws.ec2.nat-gateway:aws_nat_gateway.main',
      'routeTable → aws.ec2.route-table:aws_route_table.private',
      'vpc → aws.ec2.vpc:aws_vpc.main',
    ]);
  });

  it('turns inline route blocks into routes of their table; a narrower route is only a routeTarget', () => {
    const { get, ids } = run([network()]);
    expect(ids.filter((id) => id.startsWith('aws.ec2.route:'))).toEqual([
      'aws.ec2.route:aws_route.private_default',
      'aws.ec2.route:aws_route_table.public.route.0',
      'aws.ec2.route:aws_route_table.public.route.1',
    ]);
    expect(relations(get('aws.ec2.route:aws_route_table.public.route.1'))).toEqual([
      'routeTable → aws.ec2.route-table:aws_route_table.public',
      'routeTarget → aws.ec2.nat-gateway:aws_nat_gateway.main',
    ]);
    // The table itself does not take its routes' targets as references.
    expect(relations(get('aws.ec2.route-table:aws_route_table.public'))).toEqual([
      'vpc → aws.ec2.vpc:aws_vpc.main',
    ]);
  });

  it('puts the NAT gateway in its subnet zone, with its Elastic IP', () => {
    const nat = run([network()]).get('aws.ec2.nat-gateway:aws_nat_gateway.main');
    expect(nat.zones).toEqual(['us-east-1/us-east-1a']);
    expect(relations(nat)).toEqual([
      'eip → aws.ec2.eip:aws_eip.nat',
      'subnet → aws.ec2.subnet:aws_subnet.public[0]',
    ]);
    expect(nat.format).toBe('terraform');
    expect(nat.nativeType).toBe('aws_nat_gateway');
  });

  it('attaches the internet gateway to its VPC and reads tags from `tags`', () => {
    const { get } = run([network()]);
    expect(relations(get('aws.ec2.internet-gateway:aws_internet_gateway.main'))).toEqual([
      'vpc → aws.ec2.vpc:aws_vpc.main',
    ]);
    expect({ ...get('aws.ec2.vpc:aws_vpc.main').tags }).toEqual({ Name: 'main', team: 'core' });
  });

  it('a default route through a virtual private gateway is a gateway, not an internet gateway', () => {
    const { get } = run([
      module([
        tf('aws_vpn_gateway.vgw'),
        tf('aws_route_table.rt', {
          route: { cidr_block: '0.0.0.0/0', gateway_id: ref('aws_vpn_gateway.vgw') },
        }),
        tf('aws_internet_gateway.igw', {}),
      ]),
    ]);
    expect(get('aws.ec2.route:aws_route_table.rt.route.0').relations.map((r) => r.role)).toEqual([
      'routeTable',
    ]);
  });

  it('notes each unmapped aws_ type once per module folder and leaves other providers alone', () => {
    const first = module(
      [
        tf('aws_flow_log.a'),
        tf('aws_flow_log.b'),
        inFile(tf('aws_vpc_endpoint.s3'), 'endpoints.tf'),
        tf('random_id.suffix'),
        tf('null_resource.wait'),
      ],
      'network',
    );
    const second = module([tf('aws_flow_log.c')], 'app');
    const { diagnostics } = run([first, second]);
    expect(diagnostics.map((d) => [d.code, d.level, d.file, d.message.split(' ')[3]])).toEqual([
      ['unsupported-resource', 'note', 'network/main.tf', 'aws_flow_log'],
      ['unsupported-resource', 'note', 'network/endpoints.tf', 'aws_vpc_endpoint'],
      ['unsupported-resource', 'note', 'app/main.tf', 'aws_flow_log'],
    ]);
  });
});
