import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { RULE_CATEGORIES } from '../../src/model/finding.js';
import { FAILURE_CLASSES } from '../../src/model/policy.js';
import { jsonReport } from '../../src/report/json/index.js';
import { sampleResult } from './sample-result.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'));
const options = { colorLevel: 0 as const, githubActions: false };

describe('schemas/report.schema.json', () => {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

  it('accepts the JSON report, partial or complete', () => {
    for (const result of [sampleResult(), sampleResult({ complete: true, diagnostics: [], findings: [] })]) {
      const valid = validate(JSON.parse(jsonReport(result, options)));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('rejects a report with an unknown key or a missing finding field', () => {
    const report = JSON.parse(jsonReport(sampleResult(), options));
    expect(validate({ ...report, extra: 1 })).toBe(false);
    delete report.findings[0].fingerprint;
    expect(validate(report)).toBe(false);
  });

  it('lists the model’s categories and failure classes', () => {
    expect(schema.definitions.finding.properties.category.enum).toEqual([...RULE_CATEGORIES]);
    expect(schema.definitions.failureClass.enum).toEqual([...FAILURE_CLASSES]);
  });
});
