import { describe, expect, it } from 'vitest';
import { applyGate } from '../../src/gate/index.js';
import type { Finding } from '../../src/model/finding.js';
import { defaultPolicy, type Suppression } from '../../src/model/policy.js';

function finding(ruleId: string, nodeId: string): Finding {
  return {
    ruleId,
    severity: 'error',
    category: 'redundancy',
    title: ruleId,
    message: `${nodeId} fails ${ruleId}`,
    node: { id: nodeId, kind: 'aws.ec2.nat-gateway', type: 'AWS::EC2::NatGateway', name: nodeId },
    locations: [],
    entries: [],
    path: [],
    fingerprint: `${ruleId}|${nodeId}`,
  };
}

function policyWith(...suppressions: Suppression[]) {
  const policy = defaultPolicy();
  policy.suppressions = suppressions;
  return policy;
}

function suppression(rule: string, node: string, expires: string, line: number): Suppression {
  return { rule, node, reason: `reason ${line}`, expires, location: { file: 'spof.yml', line } };
}

const NAT = 'aws.ec2.nat-gateway:Nat';
const NAT2 = 'aws.ec2.nat-gateway:Nat2';
const TODAY = '2026-12-03';

describe('applyGate', () => {
  it('suppresses a finding whose rule and node match, keeping order and the others intact', () => {
    const findings = [finding('single-nat-gateway', NAT), finding('single-nat-gateway', NAT2)];
    const gated = applyGate(
      findings,
      policyWith(suppression('single-nat-gateway', NAT, '2027-01-01', 9)),
      TODAY,
    );
    expect(gated.findings.map((f) => f.suppression)).toEqual([
      { reason: 'reason 9', expires: '2027-01-01' },
      undefined,
    ]);
    expect(gated.diagnostics).toEqual([]);
    expect(findings[0]?.suppression).toBeUndefined();
  });

  it('suppresses every node of the rule with *, and accepts the spof/ prefix', () => {
    const findings = [
      finding('single-nat-gateway', NAT),
      finding('single-nat-gateway', NAT2),
      finding('other', NAT),
    ];
    const gated = applyGate(
      findings,
      policyWith(suppression('spof/single-nat-gateway', '*', '2027-01-01', 4)),
      TODAY,
    );
    expect(gated.findings.map((f) => f.suppression !== undefined)).toEqual([true, true, false]);
  });

  it('still applies on its expiry day', () => {
    const gated = applyGate([finding('r', NAT)], policyWith(suppression('r', NAT, TODAY, 3)), TODAY);
    expect(gated.findings[0]?.suppression).toBeDefined();
    expect(gated.diagnostics).toEqual([]);
  });

  it('does not apply an expired suppression and warns with its file and line', () => {
    const gated = applyGate([finding('r', NAT)], policyWith(suppression('r', NAT, '2026-12-02', 12)), TODAY);
    expect(gated.findings[0]?.suppression).toBeUndefined();
    expect(gated.diagnostics).toEqual([
      {
        code: 'config-error',
        level: 'warning',
        message: `suppression of r on ${NAT} expired on 2026-12-02 and no longer applies`,
        file: 'spof.yml',
        line: 12,
      },
    ]);
  });

  it('warns about a suppression that matches no finding', () => {
    const gated = applyGate([finding('r', NAT)], policyWith(suppression('r', NAT2, '2027-01-01', 7)), TODAY);
    expect(gated.findings[0]?.suppression).toBeUndefined();
    expect(gated.diagnostics.map((d) => [d.level, d.line, d.message])).toEqual([
      ['warning', 7, `suppression of r on ${NAT2} matches no finding`],
    ]);
  });
});
