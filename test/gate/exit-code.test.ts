import { describe, expect, it } from 'vitest';
import { type ExitInputs, exitCode, type FailOn } from '../../src/gate/index.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { Finding, Severity } from '../../src/model/finding.js';

function finding(severity: Severity, suppressed = false): Finding {
  return {
    ruleId: `rule-${severity}`,
    severity,
    category: 'redundancy',
    title: 't',
    message: 'm',
    node: { id: 'n', kind: 'k', type: 't', name: 'n' },
    locations: [],
    entries: [],
    path: [],
    fingerprint: 'f',
    ...(suppressed ? { suppression: { reason: 'accepted', expires: '2099-01-01' } } : {}),
  };
}

function code(partial: Partial<ExitInputs>): number {
  return exitCode({ complete: true, allowPartial: false, findings: [], failOn: 'error', ...partial });
}

describe('exitCode (reliability.md table)', () => {
  // [highest finding severity, failOn, expected exit] for a complete scan.
  const table: Array<[Severity | 'none', FailOn, 0 | 1]> = [
    ['none', 'error', 0],
    ['note', 'error', 0],
    ['warning', 'error', 0],
    ['error', 'error', 1],
    ['note', 'warning', 0],
    ['warning', 'warning', 1],
    ['error', 'warning', 1],
    ['note', 'note', 1],
    ['warning', 'note', 1],
    ['error', 'none', 0],
    ['note', 'none', 0],
  ];
  for (const [highest, failOn, expected] of table) {
    it(`complete, highest ${highest}, --fail-on ${failOn} → ${expected}`, () => {
      const findings = highest === 'none' ? [] : [finding(highest)];
      expect(code({ findings, failOn })).toBe(expected);
    });
  }

  it('never counts suppressed findings', () => {
    expect(code({ findings: [finding('error', true)], failOn: 'note' })).toBe(0);
  });

  it('incomplete is 2, and wins over findings', () => {
    expect(code({ complete: false })).toBe(2);
    expect(code({ complete: false, findings: [finding('error')] })).toBe(2);
  });

  it('--allow-partial turns an incomplete scan into 0 or 1 by its findings', () => {
    expect(code({ complete: false, allowPartial: true })).toBe(0);
    expect(code({ complete: false, allowPartial: true, findings: [finding('error')] })).toBe(1);
  });

  it('--allow-partial does not excuse a missing path, no inputs, or an internal error', () => {
    for (const fatal of [
      'path-not-found',
      'no-inputs',
      'internal-error',
      'config-error',
      'rule-error',
    ] as const) {
      const diagnostics: Diagnostic[] = [{ code: fatal, level: 'error', message: 'x' }];
      expect(code({ complete: false, allowPartial: true, diagnostics })).toBe(2);
    }
    const parse: Diagnostic[] = [
      { code: 'parse-error', level: 'error', message: 'x', file: 'a.yaml', line: 1 },
    ];
    expect(code({ complete: false, allowPartial: true, diagnostics: parse })).toBe(0);
  });
});
