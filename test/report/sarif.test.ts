import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { sarifReport } from '../../src/report/sarif/index.js';
import { ids, sampleResult } from './sample-result.js';
import { sarifValidator } from './sarif-validator.js';

const options = { colorLevel: 0 as const, githubActions: false };

function render(overrides = {}): Log {
  return JSON.parse(sarifReport(sampleResult(overrides), options)) as Log;
}

function resultFor(log: Log, nodeId: string): Result {
  const found = log.runs[0]?.results?.find((r) => r.properties?.nodeId === nodeId);
  if (found === undefined) throw new Error(`no result for ${nodeId}`);
  return found;
}

describe('SARIF report', () => {
  const validate = sarifValidator();

  it('is valid against the official SARIF 2.1.0 schema, partial or complete', () => {
    for (const log of [render(), render({ complete: true, diagnostics: [] })]) {
      const valid = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('has exactly one run even with no findings, rules or inputs', () => {
    const log = render({ findings: [], rules: [], coverage: [], entries: [] });
    expect(log.runs).toHaveLength(1);
    expect(validate(log)).toBe(true);
  });

  it('describes rules as spof/<id> with help, helpUri and the policy level', () => {
    const rules = render().runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual([
      'spof/database-single-zone',
      'spof/dynamodb-no-pitr',
      'spof/s3-replication-same-region',
      'spof/single-nat-gateway',
      'spof/zone-is-cut',
    ]);
    const nat = rules[3];
    expect(nat?.name).toBe('SingleNatGateway');
    expect(nat?.fullDescription?.text).toBe('Why single-nat-gateway matters.');
    expect(nat?.help?.markdown).toContain('How to fix single-nat-gateway.');
    expect(nat?.helpUri).toBe('https://example.org/rules/single-nat-gateway');
    expect(nat?.properties?.tags).toEqual(['redundancy', 'reliability']);
    // The sample policy turns dynamodb-no-pitr off.
    expect(rules[1]?.defaultConfiguration?.level).toBe('none');
  });

  it('points each result at its rule, file and line, relative to %SRCROOT%', () => {
    const log = render();
    const nat = resultFor(log, ids.nat);
    expect(nat.ruleId).toBe('spof/single-nat-gateway');
    expect(log.runs[0]?.tool.driver.rules?.[nat.ruleIndex ?? -1]?.id).toBe('spof/single-nat-gateway');
    expect(nat.level).toBe('error');
    expect(nat.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'templates/net.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 22 },
    });
    expect(log.runs[0]?.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe('file:///work/repo/');
  });

  it('fingerprints by rule and node, not by line', () => {
    const moved = sampleResult();
    const first = moved.findings[0];
    if (first !== undefined) first.locations = [{ file: 'templates/net.yaml', line: 99 }];
    const before = resultFor(render(), ids.nat).partialFingerprints;
    const after = resultFor(JSON.parse(sarifReport(moved, options)) as Log, ids.nat).partialFingerprints;
    expect(before).toEqual({ 'spofFingerprint/v1': `single-nat-gateway|${ids.nat}` });
    expect(after).toEqual(before);
  });

  it('gives the witness path as a code flow with labels and locations', () => {
    const flow = resultFor(render(), ids.nat).codeFlows?.[0]?.threadFlows[0]?.locations ?? [];
    expect(flow.map((step) => step.location?.message?.text)).toEqual([
      'shop.example.com',
      'PublicAlb',
      'NatGateway',
    ]);
    expect(flow[0]?.location?.physicalLocation).toBeUndefined();
    expect(flow[1]?.location?.physicalLocation?.region?.startLine).toBe(10);
  });

  it('places a zone finding at the deepest path node that has a location', () => {
    const zone = resultFor(render(), ids.zone0);
    expect(zone.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('templates/net.yaml');
    expect(zone.locations?.[0]?.physicalLocation?.region?.startLine).toBe(22);
  });

  it('percent-encodes file names in URIs', () => {
    const base = sampleResult();
    const note = base.findings.find((f) => f.node.id === ids.table);
    if (note === undefined) throw new Error('sample lost its note');
    note.locations = [{ file: 'templates/api yaml/fn#1.yaml', line: 5 }];
    const log = JSON.parse(sarifReport(base, options)) as Log;
    const uri = resultFor(log, ids.table).locations?.[0]?.physicalLocation?.artifactLocation?.uri;
    expect(uri).toBe('templates/api%20yaml/fn%231.yaml');
    expect(validate(log)).toBe(true);
  });

  it('marks suppressed findings as externally suppressed with the reason', () => {
    const db = resultFor(render(), ids.db);
    expect(db.suppressions).toEqual([
      { kind: 'external', justification: 'migration to Aurora in Q1', properties: { expires: '2027-03-31' } },
    ]);
    expect(resultFor(render(), ids.nat).suppressions).toBeUndefined();
  });

  it('reports an incomplete scan as unsuccessful with one notification per error or warning', () => {
    const invocation = render().runs[0]?.invocations?.[0];
    expect(invocation?.executionSuccessful).toBe(false);
    const notes = invocation?.toolExecutionNotifications ?? [];
    expect(notes.map((n) => [n.descriptor?.id, n.level])).toEqual([
      ['parse-error', 'error'],
      ['dangling-reference', 'warning'],
    ]);
    expect(notes[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('templates/bad.yaml');
    expect(notes[0]?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(3);
    expect(render({ complete: true }).runs[0]?.invocations?.[0]?.executionSuccessful).toBe(true);
  });
});
