// AWS::EKS: clusters and managed node groups.
import { draft, type Mapper, only, relate } from '../draft.js';
import { get, refTargets } from '../values.js';

export const mapEksCluster: Mapper = (fact) => {
  const cluster = draft('aws.eks.cluster', fact);
  cluster.zonesFromSubnets = true;
  relate(cluster, 'subnet', refTargets(get(fact.properties, 'ResourcesVpcConfig', 'SubnetIds')));
  return only(cluster);
};

export const mapNodegroup: Mapper = (fact, context) => {
  const scaling = get(fact.properties, 'ScalingConfig');
  const group = draft('aws.eks.nodegroup', fact);
  const minSize = context.redundancy.number(fact, 'ScalingConfig.MinSize', get(scaling, 'MinSize'));
  const maxSize = context.redundancy.number(fact, 'ScalingConfig.MaxSize', get(scaling, 'MaxSize'), {
    pick: 'max',
  });
  const count =
    context.redundancy.number(fact, 'ScalingConfig.DesiredSize', get(scaling, 'DesiredSize')) ?? minSize;
  if (minSize !== undefined) group.attributes.minSize = minSize;
  if (maxSize !== undefined) group.attributes.maxSize = maxSize;
  if (count !== undefined) group.attributes.count = count;
  group.zonesFromSubnets = true;
  relate(group, 'cluster', refTargets(get(fact.properties, 'ClusterName')));
  relate(group, 'subnet', refTargets(get(fact.properties, 'Subnets')));
  relate(group, 'launchTemplate', refTargets(get(fact.properties, 'LaunchTemplate')));
  return only(group);
};
