// AWS::CloudFront::Distribution.
import { dnsName } from '../dns-name.js';
import { draft, type Mapper, only, relate } from '../draft.js';
import { asList, asString, get, refTargets, stringList } from '../values.js';

/**
 * Origins referenced from the template (`!GetAtt Alb.DNSName`) become `origin`
 * relations; the members of an origin group also `originGroupMember`.
 */
export const mapDistribution: Mapper = (fact) => {
  const config = get(fact.properties, 'DistributionConfig');
  const groups = asList(get(config, 'OriginGroups', 'Items'));
  const distribution = draft('aws.cloudfront.distribution', fact, {
    aliases: stringList(get(config, 'Aliases')).map(dnsName),
    originFailover: groups.length > 0,
  });
  const originTargets = new Map<string, string[]>();
  for (const origin of asList(get(config, 'Origins'))) {
    const targets = refTargets(get(origin, 'DomainName'));
    const id = asString(get(origin, 'Id'));
    if (id !== undefined) originTargets.set(id, targets);
    relate(distribution, 'origin', targets);
  }
  for (const group of groups) {
    for (const member of asList(get(group, 'Members', 'Items'))) {
      const id = asString(get(member, 'OriginId'));
      relate(distribution, 'originGroupMember', (id === undefined ? undefined : originTargets.get(id)) ?? []);
    }
  }
  relate(distribution, 'webAcl', refTargets(get(config, 'WebACLId')));
  return only(distribution);
};
