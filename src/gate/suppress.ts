import type { Diagnostic } from '../model/diagnostic.js';
import type { Finding } from '../model/finding.js';
import type { Policy, Suppression } from '../model/policy.js';

export interface GateResult {
  /** The same findings in the same order; matched ones carry `suppression`. */
  findings: Finding[];
  diagnostics: Diagnostic[];
}

/** Rule ids in suppressions may be written with or without the SARIF `spof/` prefix. */
function ruleIdOf(suppression: Suppression): string {
  return suppression.rule.startsWith('spof/') ? suppression.rule.slice('spof/'.length) : suppression.rule;
}

function matches(suppression: Suppression, finding: Finding): boolean {
  return (
    ruleIdOf(suppression) === finding.ruleId &&
    (suppression.node === '*' || suppression.node === finding.node.id)
  );
}

/** Expired when today is past the expiry day; on the day itself it still applies. ISO dates compare as strings. */
function isExpired(suppression: Suppression, today: string): boolean {
  return suppression.expires < today;
}

/**
 * Applies the policy's suppressions. An expired suppression does not apply and
 * is reported; one that matches no finding is reported as stale.
 */
export function applyGate(findings: Finding[], policy: Policy, today: string): GateResult {
  const diagnostics: Diagnostic[] = [];
  const active = policy.suppressions.filter((suppression) => {
    if (!isExpired(suppression, today)) return true;
    const applies = findings.some((finding) => matches(suppression, finding));
    diagnostics.push(
      warning(
        suppression,
        `suppression of ${suppression.rule} on ${suppression.node} expired on ${suppression.expires}` +
          (applies ? ' and no longer applies' : ''),
      ),
    );
    return false;
  });
  const used = new Set<Suppression>();
  const gated = findings.map((finding) => {
    const suppression = active.find((candidate) => matches(candidate, finding));
    if (suppression === undefined) return finding;
    used.add(suppression);
    return { ...finding, suppression: { reason: suppression.reason, expires: suppression.expires } };
  });
  for (const suppression of active) {
    if (!used.has(suppression)) {
      diagnostics.push(
        warning(suppression, `suppression of ${suppression.rule} on ${suppression.node} matches no finding`),
      );
    }
  }
  return { findings: gated, diagnostics };
}

function warning(suppression: Suppression, message: string): Diagnostic {
  const diagnostic: Diagnostic = { code: 'config-error', level: 'warning', message };
  if (suppression.location !== undefined) {
    diagnostic.file = suppression.location.file;
    diagnostic.line = suppression.location.line;
  }
  return diagnostic;
}
