import { describe, expect, it } from 'vitest';
import type { Component } from '../../src/model/component.js';
import { REPORT_FORMATS, REPORTERS } from '../../src/report/index.js';
import { ids, sampleResult } from './sample-result.js';

const CANARY = 'canary-5f1d0c-secret';

describe('no report leaks tag values outside the allowlist', () => {
  it('a canary tag value on a component appears in no report', () => {
    const component: Component = {
      id: ids.db,
      kind: 'aws.rds.instance',
      name: 'OrdersDb',
      nativeType: 'AWS::RDS::DBInstance',
      format: 'cloudformation',
      provider: 'aws',
      region: 'deployment-region',
      zones: [],
      attributes: {},
      relations: [],
      dependsOn: [],
      tags: { DbPassword: CANARY, Name: 'orders' },
      locations: [{ file: 'templates/app.yaml', line: 40 }],
    };
    const result = sampleResult({ model: { components: [component] } });
    for (const format of REPORT_FORMATS) {
      const text = REPORTERS[format](result, { colorLevel: 0, githubActions: false });
      expect([format, text.includes(CANARY)]).toEqual([format, false]);
    }
  });
});
