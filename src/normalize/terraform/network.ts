// aws_vpc, aws_subnet, aws_internet_gateway and its attachment.
import { draft, linkEach, type Mapper, only, relate } from '../draft.js';
import { get, refTargets } from '../values.js';

export const mapVpc: Mapper = (fact) => only(draft('aws.ec2.vpc', fact));

/** `map_public_ip_on_launch` is not read: only a route to an internet gateway makes a subnet public. */
export const mapSubnet: Mapper = (fact, context) => {
  const subnet = draft('aws.ec2.subnet', fact);
  const zone = context.zone(
    get(fact.properties, 'availability_zone') ?? get(fact.properties, 'availability_zone_id'),
  );
  if (zone !== undefined) subnet.zones = [zone];
  relate(subnet, 'vpc', refTargets(get(fact.properties, 'vpc_id')));
  return only(subnet);
};

/** `vpc_id` on the gateway is the attachment CloudFormation writes as a resource of its own. */
export const mapInternetGateway: Mapper = (fact) => {
  const gateway = draft('aws.ec2.internet-gateway', fact);
  relate(gateway, 'vpc', refTargets(get(fact.properties, 'vpc_id')));
  return only(gateway);
};

export const mapGatewayAttachment: Mapper = (fact) =>
  linkEach(
    refTargets(get(fact.properties, 'internet_gateway_id')),
    'vpc',
    refTargets(get(fact.properties, 'vpc_id')),
  );
