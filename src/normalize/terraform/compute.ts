// aws_instance, aws_launch_template, aws_autoscaling_group and aws_autoscaling_attachment.
import type { Value, ValueMap } from '../../model/value.js';
import { draft, linkEach, type Mapper, only, relate } from '../draft.js';
import { asString, get, refTargets } from '../values.js';
import { block, blocks } from './blocks.js';

export const mapInstance: Mapper = (fact, context) => {
  const { properties } = fact;
  const instance = draft('aws.ec2.instance', fact);
  const type = asString(get(properties, 'instance_type'));
  if (type !== undefined) instance.attributes.launchType = type;
  const zone = context.zone(get(properties, 'availability_zone'));
  if (zone !== undefined) instance.zones = [zone];
  else instance.zonesFromSubnets = true;
  relate(instance, 'subnet', refTargets(get(properties, 'subnet_id')));
  // An attached interface declared on its own says the subnet.
  for (const attached of blocks(get(properties, 'network_interface'))) {
    const declared = context.referenced(get(attached, 'network_interface_id'), ['aws_network_interface']);
    if (declared !== undefined) relate(instance, 'subnet', refTargets(get(declared.properties, 'subnet_id')));
  }
  relate(instance, 'launchTemplate', refTargets(get(properties, 'launch_template')));
  return only(instance);
};

export const mapLaunchTemplate: Mapper = (fact) => only(draft('aws.ec2.launch-template', fact));

/** Launch template of a mixed instances policy: `launch_template { launch_template_specification { ... } }`. */
function mixedLaunchTemplate(properties: ValueMap): Value | undefined {
  const policy = block(get(properties, 'mixed_instances_policy'));
  const template = block(get(policy, 'launch_template'));
  return get(block(get(template, 'launch_template_specification')), 'launch_template_id');
}

export const mapAutoScalingGroup: Mapper = (fact, context) => {
  const { properties } = fact;
  const read = (attribute: string) => context.redundancy.number(fact, attribute, get(properties, attribute));
  const group = draft('aws.autoscaling.group', fact);
  const minSize = read('min_size');
  const maxSize = context.redundancy.number(fact, 'max_size', get(properties, 'max_size'), { pick: 'max' });
  // Without desired_capacity the group starts at min_size.
  const count = read('desired_capacity') ?? minSize;
  if (minSize !== undefined) group.attributes.minSize = minSize;
  if (maxSize !== undefined) group.attributes.maxSize = maxSize;
  if (count !== undefined) group.attributes.count = count;
  group.zones = context.zones(get(properties, 'availability_zones'));
  group.zonesFromSubnets = true;
  relate(group, 'subnet', refTargets(get(properties, 'vpc_zone_identifier')));
  relate(group, 'targetGroup', refTargets(get(properties, 'target_group_arns')));
  relate(group, 'loadBalancer', refTargets(get(properties, 'load_balancers')));
  relate(group, 'launchTemplate', refTargets(get(properties, 'launch_template')));
  relate(group, 'launchTemplate', refTargets(mixedLaunchTemplate(properties)));
  relate(group, 'launchConfiguration', refTargets(get(properties, 'launch_configuration')));
  return only(group);
};

/** Attaches a group to a target group (`lb_target_group_arn`) or a classic load balancer (`elb`). */
export const mapAutoScalingAttachment: Mapper = (fact) => {
  const groups = refTargets(get(fact.properties, 'autoscaling_group_name'));
  const targetGroups = linkEach(
    groups,
    'targetGroup',
    refTargets(get(fact.properties, 'lb_target_group_arn')),
  );
  const balancers = linkEach(groups, 'loadBalancer', refTargets(get(fact.properties, 'elb')));
  return { components: [], attachments: [...targetGroups.attachments, ...balancers.attachments] };
};
