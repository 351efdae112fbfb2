import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/config/index.js';
import { defaultPolicy, FAILURE_CLASSES } from '../../src/model/policy.js';
import { folderWith } from './temp-folder.js';

const VALID = `version: 1
survive: [component, zone, region]
entries:
  - name: shop.example.com
    target: PublicAlb
  - name: api.example.com
    target: aws.apigateway.api:Api
    survive: [component]
inferEntries: false
rules:
  single-nat-gateway:
    severity: warning
  capacity-below-two:
    options: { minimum: 3 }
suppressions:
  - rule: database-single-zone
    node: aws.rds.instance:OrdersDb
    reason: migration planned
    expires: 2027-03-31
aws:
  region: eu-west-1
tags:
  allow: [cost-center, team]
`;

describe('loadPolicy', () => {
  it('returns the default policy when there is no config file', async () => {
    const result = await loadPolicy(undefined, folderWith({}));
    expect(result).toEqual({ policy: defaultPolicy(), diagnostics: [] });
  });

  it('reads spof.yml from the working folder with every key, and the lines of entries and suppressions', async () => {
    const { policy, diagnostics } = await loadPolicy(undefined, folderWith({ 'spof.yml': VALID }));
    expect(diagnostics).toEqual([]);
    expect(policy.file).toBe('spof.yml');
    expect(policy.survive).toEqual(['component', 'zone', 'region']);
    expect(policy.inferEntries).toBe(false);
    expect(policy.entries).toEqual([
      { name: 'shop.example.com', target: 'PublicAlb', location: { file: 'spof.yml', line: 4 } },
      {
        name: 'api.example.com',
        target: 'aws.apigateway.api:Api',
        survive: ['component'],
        location: { file: 'spof.yml', line: 6 },
      },
    ]);
    expect(policy.rules['single-nat-gateway']).toEqual({ severity: 'warning' });
    expect(policy.rules['capacity-below-two']).toEqual({ options: { minimum: 3 } });
    expect(Object.getPrototypeOf(policy.rules)).toBeNull();
    expect(policy.suppressions).toEqual([
      {
        rule: 'database-single-zone',
        node: 'aws.rds.instance:OrdersDb',
        reason: 'migration planned',
        expires: '2027-03-31',
        location: { file: 'spof.yml', line: 16 },
      },
    ]);
    expect(policy.aws).toEqual({ region: 'eu-west-1' });
    expect(policy.tagAllowlist).toEqual(['Name', 'app', 'service', 'team', 'env', 'owner', 'cost-center']);
  });

  it('reads spof.yaml too, and an explicit --config path relative to the working folder', async () => {
    const yaml = await loadPolicy(
      undefined,
      folderWith({ 'spof.yaml': 'version: 1\ninferEntries: false\n' }),
    );
    expect(yaml.policy.inferEntries).toBe(false);
    const dir = folderWith({});
    mkdirSync(join(dir, 'ci'));
    writeFileSync(join(dir, 'ci', 'policy.yml'), 'version: 1\nsurvive: [zone]\n');
    const explicit = await loadPolicy('ci/policy.yml', dir);
    expect(explicit.policy.survive).toEqual(['zone']);
    expect(explicit.policy.file).toBe('ci/policy.yml');
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('version: 1\n')]);
    const result = await loadPolicy(undefined, folderWith({ 'spof.yml': bom }));
    expect(result.diagnostics).toEqual([]);
  });

  it("ships a schema whose failure classes are the model's", () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../schemas/spof.schema.json', import.meta.url), 'utf8'),
    );
    expect(schema.definitions.survive.items.enum).toEqual([...FAILURE_CLASSES]);
  });
});
