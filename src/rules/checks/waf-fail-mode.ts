import { indexModel, neighbours } from '../model-index.js';
import { noOptions } from '../options.js';
import { type CheckReport, defineCheck } from '../types.js';

/**
 * Application load balancers a WAF web ACL is associated with, whose
 * `waf.fail_open.enabled` attribute is not declared: when WAF is unreachable
 * the load balancer either drops every request or lets all through, and the
 * template does not say which.
 */
export const wafFailModeUndeclared = defineCheck<Record<string, never>>({
  name: 'waf-fail-mode',
  summary: 'a WAF-protected load balancer with no declared fail-open/fail-closed mode',
  parse: noOptions,
  dataKeys: () => ['name', 'webAcl'],
  detect(ctx) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const balancer of index.byKind('aws.elb.load-balancer')) {
      const type = balancer.attributes.loadBalancerType ?? 'application';
      if (type !== 'application' || balancer.attributes.wafFailOpen !== undefined) continue;
      const acls = new Set<string>();
      for (const near of neighbours(index, balancer)) {
        if (near.kind === 'aws.wafv2.web-acl') acls.add(near.name);
        if (near.kind !== 'aws.wafv2.association') continue;
        for (const acl of neighbours(index, near)) if (acl.kind === 'aws.wafv2.web-acl') acls.add(acl.name);
        if (acls.size === 0) acls.add('an unnamed web ACL');
      }
      if (acls.size === 0) continue;
      reports.push({ node: balancer.id, data: { name: balancer.name, webAcl: [...acls].sort().join(', ') } });
    }
    return reports;
  },
});
