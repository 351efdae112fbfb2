import type { ReportingDescriptor } from 'sarif';
import type { Policy } from '../../model/policy.js';
import type { RuleMeta } from '../../model/rule.js';

/** `single-nat-gateway` → `SingleNatGateway`, SARIF's readable rule name. */
function pascalCase(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** The level a rule runs at under this policy; `off` is SARIF's `none`. */
export function effectiveLevel(rule: RuleMeta, policy: Policy): 'error' | 'warning' | 'note' | 'none' {
  const override = Object.hasOwn(policy.rules, rule.id) ? policy.rules[rule.id]?.severity : undefined;
  const severity = override ?? rule.severity;
  return severity === 'off' ? 'none' : severity;
}

/** One `tool.driver.rules` element per loaded rule, with help text GitHub shows beside an alert. */
export function ruleDescriptor(rule: RuleMeta, policy: Policy): ReportingDescriptor {
  return {
    id: `spof/${rule.id}`,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.rationale}\n\nRemediation: ${rule.remediation}`,
      markdown: `${rule.rationale}\n\n**Remediation.** ${rule.remediation}\n\n[Rule documentation](${rule.helpUri})`,
    },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: effectiveLevel(rule, policy) },
    properties: { tags: [...rule.tags].sort(), category: rule.category },
  };
}
