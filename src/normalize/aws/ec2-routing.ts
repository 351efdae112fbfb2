// AWS::EC2 routing: route tables, routes, NAT gateways and Elastic IPs.
import { draft, linkEach, type Mapper, only, relate } from '../draft.js';
import { asString, get, refTargets } from '../values.js';

export const mapRouteTable: Mapper = (fact) => {
  const table = draft('aws.ec2.route-table', fact);
  relate(table, 'vpc', refTargets(get(fact.properties, 'VpcId')));
  return only(table);
};

/** Route target properties and the role each gives a default route's relation. */
const ROUTE_TARGETS: ReadonlyArray<readonly [string, string]> = [
  ['CarrierGatewayId', 'gateway'],
  ['EgressOnlyInternetGatewayId', 'gateway'],
  ['GatewayId', 'internetGateway'],
  ['InstanceId', 'instance'],
  ['LocalGatewayId', 'gateway'],
  ['NatGatewayId', 'natGateway'],
  ['NetworkInterfaceId', 'networkInterface'],
  ['TransitGatewayId', 'gateway'],
  ['VpcEndpointId', 'gateway'],
  ['VpcPeeringConnectionId', 'gateway'],
];

/** The default routes, the ones whose target carries a subnet's traffic to the internet. */
const DEFAULT_ROUTE_DESTINATIONS: ReadonlySet<string> = new Set(['0.0.0.0/0', '::/0']);

/**
 * A default route relates to its target by what the target is (`natGateway`,
 * `internetGateway`...); any other route by `routeTarget`, so a narrower route
 * is never mistaken for the way out.
 */
export const mapRoute: Mapper = (fact, context) => {
  const route = draft('aws.ec2.route', fact);
  const destination =
    asString(get(fact.properties, 'DestinationCidrBlock')) ??
    asString(get(fact.properties, 'DestinationIpv6CidrBlock'));
  const isDefault = destination !== undefined && DEFAULT_ROUTE_DESTINATIONS.has(destination);
  relate(route, 'routeTable', refTargets(get(fact.properties, 'RouteTableId')));
  for (const [property, role] of ROUTE_TARGETS) {
    const targets = refTargets(get(fact.properties, property));
    if (!isDefault) {
      relate(route, 'routeTarget', targets);
      continue;
    }
    // `GatewayId` also takes virtual private gateways: only an internet gateway is `internetGateway`.
    const named = targets.filter(
      (id) => role !== 'internetGateway' || isInternetGateway(context.resource(id)?.type),
    );
    relate(route, role, named);
    relate(
      route,
      'gateway',
      targets.filter((id) => !named.includes(id)),
    );
  }
  return only(route);
};

function isInternetGateway(type: string | undefined): boolean {
  return type === 'AWS::EC2::InternetGateway';
}

/** An association is no component: the subnet gets a `routeTable` relation. */
export const mapRouteTableAssociation: Mapper = (fact) =>
  linkEach(
    refTargets(get(fact.properties, 'SubnetId')),
    'routeTable',
    refTargets(get(fact.properties, 'RouteTableId')),
  );

/** Zonal: its zone is its subnet's, filled in the second pass. */
export const mapNatGateway: Mapper = (fact) => {
  const gateway = draft('aws.ec2.nat-gateway', fact);
  gateway.zonesFromSubnets = true;
  relate(gateway, 'subnet', refTargets(get(fact.properties, 'SubnetId')));
  relate(gateway, 'eip', refTargets(get(fact.properties, 'AllocationId')));
  return only(gateway);
};

export const mapEip: Mapper = (fact) => {
  const eip = draft('aws.ec2.eip', fact);
  relate(eip, 'instance', refTargets(get(fact.properties, 'InstanceId')));
  return only(eip);
};
