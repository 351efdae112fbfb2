// aws_ecs_cluster, aws_ecs_service and aws_ecs_task_definition.
import { draft, type Mapper, only, relate } from '../draft.js';
import { asString, get, refTargets } from '../values.js';
import { block, blocks } from './blocks.js';
import { TERRAFORM_AWS_DEFAULTS } from './defaults.js';

export const mapEcsCluster: Mapper = (fact) => only(draft('aws.ecs.cluster', fact));

/**
 * `desired_count` defaults to 0 in the provider; a DAEMON service runs one
 * task per container instance, so it has no count of its own.
 */
export const mapEcsService: Mapper = (fact, context) => {
  const { properties } = fact;
  const service = draft('aws.ecs.service', fact);
  const daemon = asString(get(properties, 'scheduling_strategy')) === 'DAEMON';
  const options = daemon ? {} : { absent: TERRAFORM_AWS_DEFAULTS.ecsService.desiredCount };
  const count = context.redundancy.number(fact, 'desired_count', get(properties, 'desired_count'), options);
  if (count !== undefined) service.attributes.count = count;
  const launchType = asString(get(properties, 'launch_type'));
  if (launchType !== undefined) service.attributes.launchType = launchType;
  service.zonesFromSubnets = true;
  relate(service, 'cluster', refTargets(get(properties, 'cluster')));
  relate(service, 'taskDefinition', refTargets(get(properties, 'task_definition')));
  relate(service, 'subnet', refTargets(get(block(get(properties, 'network_configuration')), 'subnets')));
  for (const balancer of blocks(get(properties, 'load_balancer'))) {
    relate(service, 'targetGroup', refTargets(get(balancer, 'target_group_arn')));
    relate(service, 'loadBalancer', refTargets(get(balancer, 'elb_name')));
  }
  return only(service);
};

/** What the containers are configured to reach (`container_definitions`, usually `jsonencode`d) is `uses`. */
export const mapTaskDefinition: Mapper = (fact) => {
  const definition = draft('aws.ecs.task-definition', fact);
  relate(definition, 'uses', refTargets(get(fact.properties, 'container_definitions')));
  return only(definition);
};
