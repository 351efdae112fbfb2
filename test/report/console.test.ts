import { describe, expect, it } from 'vitest';
import { consoleReport } from '../../src/report/console/index.js';
import { escapeText, guardWorkflowCommands } from '../../src/report/shared/escape.js';
import { ids, sampleResult } from './sample-result.js';

const plain = { colorLevel: 0 as const, githubActions: false };
const ESC = '\u001b';

describe('console report', () => {
  it('has no colour codes at level 0 (NO_COLOR, --no-color, files) and has them at level 1', () => {
    expect(consoleReport(sampleResult(), plain)).not.toContain(ESC);
    expect(consoleReport(sampleResult(), { ...plain, colorLevel: 1 })).toContain(`${ESC}[31m`);
  });

  it('groups findings by entry, errors before warnings, with file:line and the witness path', () => {
    const text = consoleReport(sampleResult(), plain);
    const shop = text.indexOf('Entry shop.example.com');
    const api = text.indexOf('Entry api.example.com');
    const loose = text.indexOf('Not tied to an entry');
    expect(api).toBeGreaterThanOrEqual(0);
    expect(shop).toBeGreaterThan(api);
    expect(loose).toBeGreaterThan(shop);
    const shopSection = text.slice(shop, loose);
    expect(shopSection).toContain('error   single-nat-gateway  NatGateway breaks single-nat-gateway');
    expect(shopSection).toContain('at templates/net.yaml:22');
    expect(shopSection).toContain('path shop.example.com → PublicAlb → NatGateway');
    expect(text.slice(loose)).toContain('note    dynamodb-no-pitr');
  });

  it('lists suppressed findings apart, with reason and expiry, and never among the failures', () => {
    const text = consoleReport(sampleResult(), plain);
    expect(text).toContain(
      'database-single-zone on aws.rds.instance:OrdersDb: migration to Aurora in Q1 (until 2027-03-31)',
    );
    expect(text.slice(0, text.indexOf('Suppressed (1)'))).not.toContain('database-single-zone');
  });

  it('says which entries survive and why the others do not', () => {
    const text = consoleReport(sampleResult(), plain);
    expect(text).toContain('✓ api.example.com survives component, zone failures (inferred)');
    expect(text).toContain(
      '✗ shop.example.com does not survive component, zone failures (declared): 2 single points of failure: NatGateway (component), zone #0 of the deployment region (zone)',
    );
  });

  it('accounts for coverage and diagnostics and ends with the summary line', () => {
    const text = consoleReport(sampleResult(), plain);
    expect(text).toContain('2 analysed, 1 not applicable, 0 excluded, 1 skipped');
    expect(text).toContain('skipped  templates/bad.yaml: parse error');
    expect(text).toContain('error   parse-error  templates/bad.yaml:3');
    const lines = text.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(
      '2 errors, 1 warning, 1 note; 1 suppressed; 1 of 2 entries down; scan INCOMPLETE: some input was not read',
    );
    const complete = consoleReport(sampleResult({ complete: true }), plain)
      .trimEnd()
      .split('\n')
      .at(-1);
    expect(complete).toMatch(/; scan complete$/);
  });

  it('escapes control characters and bidi overrides from input', () => {
    const text = consoleReport(sampleResult(), plain);
    expect(text.includes('\u0007') || text.includes('\u202e')).toBe(false);
    expect(text).toContain('Evil\\u{202e}gpj.exe\\u{7}\\u{a}::error::pwned');
    expect(escapeText('a\u2066b\u0000c\u009bd\u200fe')).toBe('a\\u{2066}b\\u{0}c\\u{9b}d\\u{200f}e');
  });

  it('in GitHub Actions, never lets a line start with ::', () => {
    const hostile = sampleResult();
    const zone = hostile.graph.getNodeAttributes(ids.zone0);
    zone.label = '::set-output name=x::y';
    for (const githubActions of [false, true]) {
      const text = consoleReport(hostile, { ...plain, githubActions });
      const commandLines = text.split('\n').filter((line) => line.trimStart().startsWith('::'));
      // The label is only ever shown mid-line in this layout; the guard covers what any layout could do.
      expect(commandLines).toEqual([]);
    }
    expect(guardWorkflowCommands('ok\n  ::error::x\n\u001b[1m::warning::y\u001b[22m')).toBe(
      'ok\n  \\u{3a}:error::x\n\u001b[1m\\u{3a}:warning::y\u001b[22m',
    );
  });
});
