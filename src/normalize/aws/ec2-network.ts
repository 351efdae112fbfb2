// AWS::EC2 networking: VPC, subnets, internet gateways and their attachments.
import { draft, linkEach, type Mapper, only, relate } from '../draft.js';
import { get, refTargets } from '../values.js';

export const mapVpc: Mapper = (fact) => only(draft('aws.ec2.vpc', fact));

/** `MapPublicIpOnLaunch` is not read: only a route to an internet gateway makes a subnet public. */
export const mapSubnet: Mapper = (fact, context) => {
  const subnet = draft('aws.ec2.subnet', fact);
  const zone = context.zone(
    get(fact.properties, 'AvailabilityZone') ?? get(fact.properties, 'AvailabilityZoneId'),
  );
  if (zone !== undefined) subnet.zones = [zone];
  relate(subnet, 'vpc', refTargets(get(fact.properties, 'VpcId')));
  return only(subnet);
};

export const mapInternetGateway: Mapper = (fact) => only(draft('aws.ec2.internet-gateway', fact));

/** An attachment is no component: the gateway gets a `vpc` relation. */
export const mapGatewayAttachment: Mapper = (fact) =>
  linkEach(
    refTargets(get(fact.properties, 'InternetGatewayId')),
    'vpc',
    refTargets(get(fact.properties, 'VpcId')),
  );
