// AWS::OpenSearchService::Domain and the older AWS::Elasticsearch::Domain.
import { draft, type Mapper, only, relate } from '../draft.js';
import { asString, get, refTargets } from '../values.js';
import { AWS_DEFAULTS } from './defaults.js';

/** One data node unless `InstanceCount` says otherwise; zone awareness is off by default. */
export const mapSearchDomain: Mapper = (fact, context) => {
  const legacy = fact.type === 'AWS::Elasticsearch::Domain';
  const config = get(fact.properties, legacy ? 'ElasticsearchClusterConfig' : 'ClusterConfig');
  const domain = draft('aws.opensearch.domain', fact);
  const version = asString(get(fact.properties, legacy ? 'ElasticsearchVersion' : 'EngineVersion'));
  domain.attributes.engine = legacy
    ? 'elasticsearch'
    : (version?.split('_')[0]?.toLowerCase() ?? 'opensearch');
  const count = context.redundancy.number(fact, 'InstanceCount', get(config, 'InstanceCount'), {
    absent: AWS_DEFAULTS.searchDomain.instanceCount,
  });
  if (count !== undefined) domain.attributes.count = count;
  const multiAz = context.redundancy.boolean(
    fact,
    'ZoneAwarenessEnabled',
    get(config, 'ZoneAwarenessEnabled'),
    AWS_DEFAULTS.searchDomain.zoneAwareness,
  );
  if (multiAz !== undefined) domain.attributes.multiAz = multiAz;
  domain.zonesFromSubnets = true;
  relate(domain, 'subnet', refTargets(get(fact.properties, 'VPCOptions', 'SubnetIds')));
  return only(domain);
};
