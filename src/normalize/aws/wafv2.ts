// AWS::WAFv2 web ACLs and their associations.
import { draft, type Mapper, relate } from '../draft.js';
import { get, refTargets } from '../values.js';

export const mapWebAcl: Mapper = (fact) => ({
  components: [draft('aws.wafv2.web-acl', fact)],
  attachments: [],
});

/** The association is a component, and the protected resource gets a `webAcl` relation too. */
export const mapWebAclAssociation: Mapper = (fact) => {
  const association = draft('aws.wafv2.association', fact);
  const resources = refTargets(get(fact.properties, 'ResourceArn'));
  const acls = refTargets(get(fact.properties, 'WebACLArn'));
  relate(association, 'resource', resources);
  relate(association, 'webAcl', acls);
  const attachments = resources.flatMap((source) =>
    acls.map((target) => ({ source, role: 'webAcl', target })),
  );
  return { components: [association], attachments };
};
