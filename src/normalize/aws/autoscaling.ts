// AWS::AutoScaling::AutoScalingGroup.
import { draft, type Mapper, only, relate } from '../draft.js';
import { get, refTargets } from '../values.js';

export const mapAutoScalingGroup: Mapper = (fact, context) => {
  const { properties } = fact;
  const read = (property: string) => context.redundancy.number(fact, property, get(properties, property));
  const group = draft('aws.autoscaling.group', fact);
  const minSize = read('MinSize');
  const maxSize = context.redundancy.number(fact, 'MaxSize', get(properties, 'MaxSize'), { pick: 'max' });
  // Without DesiredCapacity the group starts at MinSize.
  const count = read('DesiredCapacity') ?? minSize;
  if (minSize !== undefined) group.attributes.minSize = minSize;
  if (maxSize !== undefined) group.attributes.maxSize = maxSize;
  if (count !== undefined) group.attributes.count = count;
  group.zones = context.zones(get(properties, 'AvailabilityZones'));
  group.zonesFromSubnets = true;
  relate(group, 'subnet', refTargets(get(properties, 'VPCZoneIdentifier')));
  relate(group, 'targetGroup', refTargets(get(properties, 'TargetGroupARNs')));
  relate(group, 'loadBalancer', refTargets(get(properties, 'LoadBalancerNames')));
  relate(group, 'launchTemplate', refTargets(get(properties, 'LaunchTemplate')));
  relate(group, 'launchTemplate', refTargets(get(properties, 'MixedInstancesPolicy', 'LaunchTemplate')));
  relate(group, 'launchConfiguration', refTargets(get(properties, 'LaunchConfigurationName')));
  return only(group);
};
