// aws_cloudfront_distribution.
import { dnsName } from '../dns-name.js';
import { draft, type Mapper, only, relate } from '../draft.js';
import { asString, get, refTargets, stringList } from '../values.js';
import { blocks } from './blocks.js';

/**
 * Origins referenced from the module (`aws_lb.web.dns_name`) become `origin`
 * relations; the members of an `origin_group` also `originGroupMember`.
 */
export const mapDistribution: Mapper = (fact) => {
  const { properties } = fact;
  const groups = blocks(get(properties, 'origin_group'));
  const distribution = draft('aws.cloudfront.distribution', fact, {
    aliases: stringList(get(properties, 'aliases')).map(dnsName),
    originFailover: groups.length > 0,
  });
  const originTargets = new Map<string, string[]>();
  for (const origin of blocks(get(properties, 'origin'))) {
    const targets = refTargets(get(origin, 'domain_name'));
    const id = asString(get(origin, 'origin_id'));
    if (id !== undefined) originTargets.set(id, targets);
    relate(distribution, 'origin', targets);
  }
  for (const group of groups) {
    for (const member of blocks(get(group, 'member'))) {
      const id = asString(get(member, 'origin_id'));
      relate(distribution, 'originGroupMember', (id === undefined ? undefined : originTargets.get(id)) ?? []);
    }
  }
  relate(distribution, 'webAcl', refTargets(get(properties, 'web_acl_id')));
  return only(distribution);
};
