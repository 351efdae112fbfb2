import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { sarifValidator } from '../report/sarif-validator.js';
import { cli, FIXTURES, jsonAndSarifTo, REPO, readJson, tempDir } from './harness.js';

const CLEAN = `${FIXTURES}/clean`;
const SPOF = `${FIXTURES}/spof`;
const BROKEN = `${FIXTURES}/broken`;
const DB_NODE = 'aws.rds.instance:OrdersDatabase';

describe('spof scan exit codes', () => {
  it('0 on a clean template, with the console report on stdout', async () => {
    const { code, stdout, stderr } = await cli(['scan', CLEAN]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('1 analysed, 0 not applicable');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '0 errors, 0 warnings, 0 notes; 0 suppressed; 0 of 0 entries down; scan complete',
    );
  });

  it('1 on a finding at --fail-on, 0 with --fail-on none', async () => {
    const found = await cli(['scan', SPOF]);
    expect(found.code).toBe(1);
    expect(found.stdout).toContain('database-single-zone');
    expect(found.stdout).toContain(`at ${SPOF}/template.yaml:4`);
    expect((await cli(['scan', SPOF, '--fail-on', 'none'])).code).toBe(0);
  });

  it('2 on a malformed template, even with findings; the reports say incomplete', async () => {
    const dir = tempDir();
    const { code, stdout } = await cli(['scan', BROKEN, SPOF, ...jsonAndSarifTo(dir)]);
    expect(code).toBe(2);
    expect(stdout).toContain('scan INCOMPLETE');
    const json = readJson(join(dir, 'r.json'));
    expect(json.complete).toBe(false);
    expect(json.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'parse-error', level: 'error', file: `${BROKEN}/malformed.yaml` }),
    );
    const sarif = readJson(join(dir, 'r.sarif')) as {
      runs: Array<{ invocations: Array<{ executionSuccessful: boolean }> }>;
    };
    expect(sarif.runs[0]?.invocations[0]?.executionSuccessful).toBe(false);
  });

  it('--allow-partial: not 2 for a malformed template, but 1 or 0 by the findings', async () => {
    expect((await cli(['scan', BROKEN, '--allow-partial'])).code).toBe(0);
    expect((await cli(['scan', BROKEN, SPOF, '--allow-partial'])).code).toBe(1);
  });

  it('2 on a path that does not exist, still writing the reports', async () => {
    const dir = tempDir();
    const out = join(dir, 'r.json');
    const { code } = await cli([
      'scan',
      `${FIXTURES}/no-such-folder`,
      CLEAN,
      '--format',
      'json',
      '--output',
      out,
    ]);
    expect(code).toBe(2);
    const json = readJson(out);
    expect(json.complete).toBe(false);
    expect(json.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'path-not-found', level: 'error' }),
    );
    expect((await cli(['scan', `${FIXTURES}/no-such-folder`, '--allow-partial'])).code).toBe(2);
  });

  it('2 when a report cannot be written, after writing the others', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    const args = ['scan', CLEAN, '--format', 'json', '--output', join(dir, 'a-file', 'r.json')];
    const { code, stderr } = await cli([...args, '--format', 'sarif', '--output', join(dir, 'r.sarif')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write .*r\.json \((EEXIST|ENOTDIR)\)/);
    expect(existsSync(join(dir, 'r.sarif'))).toBe(true);
  });

  it('creates the folders of an --output path', async () => {
    const dir = tempDir();
    const { code } = await cli([
      'scan',
      CLEAN,
      '--format',
      'json',
      '--output',
      join(dir, 'out', 'deep', 'r.json'),
    ]);
    expect(code).toBe(0);
    expect(readJson(join(dir, 'out', 'deep', 'r.json')).complete).toBe(true);
  });
});

describe('spof scan reports and policy', () => {
  it('writes JSON and SARIF files and the console report to stdout; JSON alone to stdout when asked', async () => {
    const dir = tempDir();
    const { code, stdout } = await cli(['scan', SPOF, ...jsonAndSarifTo(dir)]);
    expect(code).toBe(1);
    expect(stdout).toContain('database-single-zone');
    const json = readJson(join(dir, 'r.json')) as {
      findings: Array<{ ruleId: string; node: { id: string } }>;
    };
    expect(json.findings.map((f) => [f.ruleId, f.node.id])).toContainEqual(['database-single-zone', DB_NODE]);
    const sarif = readJson(join(dir, 'r.sarif')) as {
      version: string;
      runs: Array<{ results: Array<{ ruleId: string }> }>;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toContain('spof/database-single-zone');
    const onlyJson = await cli(['scan', SPOF, '--format', 'json']);
    expect((JSON.parse(onlyJson.stdout) as { schemaVersion: string }).schemaVersion).toBe('1.0');
  });

  it('applies a suppression from --config: the finding no longer fails the gate', async () => {
    const dir = tempDir();
    const config = join(dir, 'policy.yml');
    const suppression = `  - rule: database-single-zone\n    node: ${DB_NODE}\n    reason: test database\n    expires: 2027-01-31\n`;
    writeFileSync(config, `version: 1\nsuppressions:\n${suppression}`);
    const out = join(dir, 'r.json');
    const { code, stdout } = await cli([
      'scan',
      SPOF,
      '--config',
      config,
      '--format',
      'json',
      '--output',
      out,
    ]);
    expect(stdout).toContain('Suppressed (1)');
    const json = readJson(out) as {
      findings: Array<{ ruleId: string; severity: string; suppression?: unknown }>;
    };
    const db = json.findings.find((f) => f.ruleId === 'database-single-zone');
    expect(db?.suppression).toEqual({ reason: 'test database', expires: '2027-01-31' });
    const unsuppressedErrors = json.findings.filter(
      (f) => f.severity === 'error' && f.suppression === undefined,
    );
    expect(code).toBe(unsuppressedErrors.length > 0 ? 1 : 0);
    expect((await cli(['scan', SPOF])).code).toBe(1);
  });

  it('stops with 2 on a bad config, naming file, line and key, before writing any report', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'spof.yml'), 'version: 1\nrules:\n  single-nat-gateway:\n    severity: fatal\n');
    const out = join(dir, 'r.json');
    const { code, stdout, stderr } = await cli(
      ['scan', join(process.cwd(), SPOF), '--format', 'json', '--output', out],
      {
        cwd: dir,
      },
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'spof: error config-error: spof.yml:4 rules.single-nat-gateway.severity: must be one of error, warning, note, off\n',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('colours the terminal report only without NO_COLOR and --no-color', async () => {
    const ESC = '\u001b[';
    expect((await cli(['scan', SPOF], { colorLevel: 1 })).stdout).toContain(ESC);
    expect((await cli(['scan', SPOF], { colorLevel: 1, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await cli(['scan', SPOF, '--no-color'], { colorLevel: 1 })).stdout).not.toContain(ESC);
  });

  it('gives a schema-valid SARIF log and a complete JSON report for the bundled demo', async () => {
    const dir = tempDir();
    const sarifPath = join(dir, 'demo.sarif');
    const jsonPath = join(dir, 'demo.json');
    const args = [
      'scan',
      'fixtures/demo',
      '--format',
      'sarif',
      '--output',
      sarifPath,
      '--format',
      'json',
      '--output',
      jsonPath,
    ];
    const { code } = await cli(args);
    expect(code).toBe(1);
    const validate = sarifValidator();
    expect(validate(readJson(sarifPath))).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    const json = readJson(jsonPath) as {
      complete: boolean;
      findings: unknown[];
      entries: Array<{ survives: boolean }>;
    };
    expect(json.complete).toBe(true);
    expect(json.findings.length).toBeGreaterThan(0);
    const reportSchema = readJson(join(REPO, 'schemas', 'report.schema.json'));
    const validateReport = new Ajv({ allErrors: true }).compile(reportSchema);
    expect(validateReport(json)).toBe(true);
    expect(json.entries.some((entry) => !entry.survives)).toBe(true);
  });
});
