// AWS::ECS: clusters, services and task definitions.
import { draft, type Mapper, only, relate } from '../draft.js';
import { asList, asString, get, refTargets } from '../values.js';
import { AWS_DEFAULTS } from './defaults.js';

export const mapEcsCluster: Mapper = (fact) => only(draft('aws.ecs.cluster', fact));

/**
 * `DesiredCount` defaults to 1 when a service is created without it; a DAEMON
 * service runs one task per container instance, so it has no count of its own.
 */
export const mapEcsService: Mapper = (fact, context) => {
  const { properties } = fact;
  const service = draft('aws.ecs.service', fact);
  const daemon = asString(get(properties, 'SchedulingStrategy')) === 'DAEMON';
  const desired = get(properties, 'DesiredCount');
  const absent = daemon ? undefined : AWS_DEFAULTS.ecsService.desiredCount;
  const count = context.redundancy.number(
    fact,
    'DesiredCount',
    desired,
    absent === undefined ? {} : { absent },
  );
  if (count !== undefined) service.attributes.count = count;
  const launchType = asString(get(properties, 'LaunchType'));
  if (launchType !== undefined) service.attributes.launchType = launchType;
  service.zonesFromSubnets = true;
  relate(service, 'cluster', refTargets(get(properties, 'Cluster')));
  relate(service, 'taskDefinition', refTargets(get(properties, 'TaskDefinition')));
  relate(
    service,
    'subnet',
    refTargets(get(properties, 'NetworkConfiguration', 'AwsvpcConfiguration', 'Subnets')),
  );
  for (const balancer of asList(get(properties, 'LoadBalancers'))) {
    relate(service, 'targetGroup', refTargets(get(balancer, 'TargetGroupArn')));
    relate(service, 'loadBalancer', refTargets(get(balancer, 'LoadBalancerName')));
  }
  return only(service);
};

/** What the containers are configured to reach (a database endpoint in an environment variable) is `uses`. */
export const mapTaskDefinition: Mapper = (fact) => {
  const definition = draft('aws.ecs.task-definition', fact);
  for (const container of asList(get(fact.properties, 'ContainerDefinitions'))) {
    relate(definition, 'uses', refTargets(get(container, 'Environment')));
    relate(definition, 'uses', refTargets(get(container, 'Secrets')));
  }
  return only(definition);
};
