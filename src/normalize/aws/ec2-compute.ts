// AWS::EC2 compute: instances and launch templates.
import { draft, type Mapper, only, relate } from '../draft.js';
import { asList, asString, get, refTargets } from '../values.js';

export const mapInstance: Mapper = (fact, context) => {
  const instance = draft('aws.ec2.instance', fact);
  const type = asString(get(fact.properties, 'InstanceType'));
  if (type !== undefined) instance.attributes.launchType = type;
  const zone = context.zone(get(fact.properties, 'AvailabilityZone'));
  if (zone !== undefined) instance.zones = [zone];
  else instance.zonesFromSubnets = true;
  relate(instance, 'subnet', refTargets(get(fact.properties, 'SubnetId')));
  // An attached interface declared on its own (`NetworkInterfaceId: !Ref Eth0`) says the subnet.
  for (const networkInterface of asList(get(fact.properties, 'NetworkInterfaces'))) {
    relate(instance, 'subnet', refTargets(get(networkInterface, 'SubnetId')));
    const declared = context.referenced(get(networkInterface, 'NetworkInterfaceId'), [
      'AWS::EC2::NetworkInterface',
    ]);
    if (declared !== undefined) relate(instance, 'subnet', refTargets(get(declared.properties, 'SubnetId')));
  }
  relate(instance, 'launchTemplate', refTargets(get(fact.properties, 'LaunchTemplate')));
  return only(instance);
};

export const mapLaunchTemplate: Mapper = (fact) => only(draft('aws.ec2.launch-template', fact));
