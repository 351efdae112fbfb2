// AWS::MSK::Cluster.
import { draft, type Mapper, only, relate } from '../draft.js';
import { get, refTargets } from '../values.js';

/** Brokers are spread over the client subnets' zones. */
export const mapKafkaCluster: Mapper = (fact, context) => {
  const cluster = draft('aws.msk.cluster', fact, { engine: 'kafka' });
  const count = context.redundancy.number(
    fact,
    'NumberOfBrokerNodes',
    get(fact.properties, 'NumberOfBrokerNodes'),
  );
  if (count !== undefined) cluster.attributes.count = count;
  cluster.zonesFromSubnets = true;
  relate(cluster, 'subnet', refTargets(get(fact.properties, 'BrokerNodeGroupInfo', 'ClientSubnets')));
  return only(cluster);
};
