import { describe, expect, it } from 'vitest';
import { jsonReport } from '../../src/report/json/index.js';
import { ids, sampleResult } from './sample-result.js';

const options = { colorLevel: 0 as const, githubActions: false };

interface JsonReport {
  schemaVersion: string;
  complete: boolean;
  summary: { findings: Record<string, number>; suppressed: number; entries: Record<string, number> };
  entries: Array<{
    name: string;
    survives: boolean;
    cuts: Array<{ node: string; class: string | null; mustSurvive: boolean }>;
  }>;
  findings: Array<Record<string, unknown>>;
  coverage: {
    counts: Record<string, number>;
    inputs: Array<{ file: string; status: string; reason?: string }>;
  };
  diagnostics: Array<{ code: string; level: string; file?: string; line?: number }>;
}

function render(overrides = {}): JsonReport {
  return JSON.parse(jsonReport(sampleResult(overrides), options)) as JsonReport;
}

describe('JSON report', () => {
  it('is versioned, 2-space indented and ends with a newline', () => {
    const text = jsonReport(sampleResult(), options);
    expect(text.startsWith('{\n  "schemaVersion": "1.0",\n  "tool": {\n    "name": "spof",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'schemaVersion',
      'tool',
      'complete',
      'summary',
      'entries',
      'findings',
      'blastRadius',
      'chokepoints',
      'coverage',
      'diagnostics',
    ]);
  });

  it('ranks nodes by blast radius and lists the chokepoints', () => {
    const report = JSON.parse(jsonReport(sampleResult(), options)) as {
      blastRadius: Array<{ node: string; entries: string[]; nodes: number }>;
      chokepoints: { articulationPoints: string[]; bridges: string[][] };
    };
    expect(report.blastRadius.map((r) => [r.node, r.entries.length, r.nodes])).toEqual([
      [ids.region, 2, 6],
      [ids.zone0, 1, 3],
      [ids.nat, 1, 2],
    ]);
    expect(report.chokepoints).toEqual({
      articulationPoints: [ids.alb, ids.nat],
      bridges: [[ids.alb, ids.shop]],
    });
  });

  it('writes findings exactly as the Finding type, in a fixed key order', () => {
    const findings = render().findings;
    expect(findings.map((f) => f.ruleId)).toEqual([
      'single-nat-gateway',
      'zone-is-cut',
      'database-single-zone',
      's3-replication-same-region',
      'dynamodb-no-pitr',
    ]);
    expect(Object.keys(findings[0] ?? {})).toEqual([
      'ruleId',
      'severity',
      'category',
      'title',
      'message',
      'node',
      'locations',
      'entries',
      'path',
      'fingerprint',
    ]);
    expect(findings[0]?.node).toEqual({
      id: ids.nat,
      kind: 'aws.ec2.nat-gateway',
      type: 'AWS::EC2::NatGateway',
      name: 'NatGateway',
    });
    expect(findings[2]?.suppression).toEqual({ reason: 'migration to Aurora in Q1', expires: '2027-03-31' });
  });

  it('counts by severity without suppressed findings, which are counted apart', () => {
    const { summary } = render();
    expect(summary.findings).toEqual({ error: 2, warning: 1, note: 1 });
    expect(summary.suppressed).toBe(1);
    expect(summary.entries).toEqual({ total: 2, survive: 1, down: 1 });
  });

  it('says per entry whether it survives, classing each cut', () => {
    const entries = render().entries;
    expect(entries.map((e) => [e.name, e.survives])).toEqual([
      ['api.example.com', true],
      ['shop.example.com', false],
    ]);
    expect(entries[1]?.cuts.map((c) => [c.node, c.class, c.mustSurvive])).toEqual([
      [ids.nat, 'component', true],
      [ids.region, 'region', false],
      [ids.zone0, 'zone', true],
    ]);
  });

  it('accounts for every input and keeps diagnostics with file and line', () => {
    const report = render();
    expect(report.complete).toBe(false);
    expect(report.coverage.counts).toEqual({ analysed: 2, 'not-applicable': 1, excluded: 0, skipped: 1 });
    expect(report.coverage.inputs.find((i) => i.status === 'skipped')).toEqual({
      file: 'templates/bad.yaml',
      status: 'skipped',
      format: 'cloudformation',
      reason: 'parse error',
    });
    expect(report.diagnostics[0]).toMatchObject({
      code: 'parse-error',
      level: 'error',
      file: 'templates/bad.yaml',
      line: 3,
    });
  });

  it('does not depend on the order findings, entries or coverage arrive in', () => {
    const base = sampleResult();
    const shuffled = sampleResult({
      findings: [...base.findings].reverse(),
      entries: [...base.entries].reverse(),
      coverage: [...base.coverage].reverse(),
      diagnostics: [...base.diagnostics].reverse(),
    });
    expect(jsonReport(shuffled, options)).toBe(jsonReport(base, options));
  });
});
