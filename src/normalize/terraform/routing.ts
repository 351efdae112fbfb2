// aws_route_table (with inline routes), aws_route, associations, NAT gateways and Elastic IPs.
import type { ResourceFact } from '../../model/facts.js';
import type { ValueMap } from '../../model/value.js';
import type { MapContext } from '../context.js';
import { type Draft, draft, linkEach, type Mapper, only, relate } from '../draft.js';
import { asMap, asString, get, refTargets } from '../values.js';
import { blocks } from './blocks.js';

/** Route target attributes and the role each gives a default route's relation. */
const ROUTE_TARGETS: ReadonlyArray<readonly [string, string]> = [
  ['carrier_gateway_id', 'gateway'],
  ['core_network_arn', 'gateway'],
  ['egress_only_gateway_id', 'gateway'],
  ['gateway_id', 'internetGateway'],
  ['local_gateway_id', 'gateway'],
  ['nat_gateway_id', 'natGateway'],
  ['network_interface_id', 'networkInterface'],
  ['transit_gateway_id', 'gateway'],
  ['vpc_endpoint_id', 'gateway'],
  ['vpc_peering_connection_id', 'gateway'],
];

const DEFAULT_ROUTE_DESTINATIONS: ReadonlySet<string> = new Set(['0.0.0.0/0', '::/0']);

/**
 * One route, standalone (`destination_cidr_block`) or inline in a table
 * (`cidr_block`). A default route relates to its target by what it is; any
 * other route by `routeTarget`, so a narrower route is never the way out.
 */
function routeDraft(fact: ResourceFact, route: ValueMap, table: string[], context: MapContext): Draft {
  const item = draft('aws.ec2.route', fact);
  const destination =
    asString(get(route, 'destination_cidr_block') ?? get(route, 'cidr_block')) ??
    asString(get(route, 'destination_ipv6_cidr_block') ?? get(route, 'ipv6_cidr_block'));
  const isDefault = destination !== undefined && DEFAULT_ROUTE_DESTINATIONS.has(destination);
  relate(item, 'routeTable', table);
  for (const [attribute, role] of ROUTE_TARGETS) {
    const targets = refTargets(get(route, attribute));
    if (!isDefault) {
      relate(item, 'routeTarget', targets);
      continue;
    }
    // `gateway_id` also takes virtual private gateways: only an internet gateway is `internetGateway`.
    const named = targets.filter(
      (id) => role !== 'internetGateway' || context.resource(id)?.type === 'aws_internet_gateway',
    );
    relate(item, role, named);
    relate(
      item,
      'gateway',
      targets.filter((id) => !named.includes(id)),
    );
  }
  return item;
}

/**
 * Inline `route` blocks become route components of their own, named
 * `<address>.route.<index>`, each with a fact of its own so that its
 * relations and references are the block's, not the table's.
 */
export const mapRouteTable: Mapper = (fact, context) => {
  const table = draft('aws.ec2.route-table', fact);
  relate(table, 'vpc', refTargets(get(fact.properties, 'vpc_id')));
  table.refScope = get(fact.properties, 'vpc_id') ?? null;
  const routes = blocks(get(fact.properties, 'route')).flatMap((route, index) => {
    const properties = asMap(route);
    if (properties === undefined) return [];
    const routeFact: ResourceFact = { ...fact, id: `${fact.id}.route.${index}`, properties, dependsOn: [] };
    return [routeDraft(routeFact, properties, [fact.id], context)];
  });
  return only(table, ...routes);
};

export const mapRoute: Mapper = (fact, context) =>
  only(routeDraft(fact, fact.properties, refTargets(get(fact.properties, 'route_table_id')), context));

/** An association is no component: the subnet gets a `routeTable` relation. */
export const mapRouteTableAssociation: Mapper = (fact) =>
  linkEach(
    refTargets(get(fact.properties, 'subnet_id')),
    'routeTable',
    refTargets(get(fact.properties, 'route_table_id')),
  );

/** Zonal: its zone is its subnet's, filled in the second pass. */
export const mapNatGateway: Mapper = (fact) => {
  const gateway = draft('aws.ec2.nat-gateway', fact);
  gateway.zonesFromSubnets = true;
  relate(gateway, 'subnet', refTargets(get(fact.properties, 'subnet_id')));
  relate(gateway, 'eip', refTargets(get(fact.properties, 'allocation_id')));
  return only(gateway);
};

export const mapEip: Mapper = (fact) => {
  const eip = draft('aws.ec2.eip', fact);
  relate(eip, 'instance', refTargets(get(fact.properties, 'instance')));
  return only(eip);
};
