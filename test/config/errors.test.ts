import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/config/index.js';
import { folderWith } from './temp-folder.js';

/** `file:line message` of every diagnostic, all of which must be fatal config errors. */
async function problems(text: string | Buffer): Promise<string[]> {
  const { diagnostics } = await loadPolicy(undefined, folderWith({ 'spof.yml': text }));
  for (const d of diagnostics) expect([d.code, d.level]).toEqual(['config-error', 'error']);
  return diagnostics.map((d) => `${d.file}:${d.line ?? '?'} ${d.message}`);
}

describe('config errors name the file, line and key path', () => {
  it('a severity outside the enum', async () => {
    const text =
      'version: 1\n\nrules:\n  other:\n    severity: note\n  single-nat-gateway:\n    severity: fatal\n';
    expect(await problems(text)).toEqual([
      'spof.yml:7 rules.single-nat-gateway.severity: must be one of error, warning, note, off',
    ]);
  });

  it('a suppression without reason, with a bad date, and an unknown key', async () => {
    const text = [
      'version: 1',
      'suppressions:',
      '  - rule: single-nat-gateway',
      '    node: "*"',
      '    expires: 2027-02-30',
      '  - rule: x',
      '    node: y',
      '    reason: z',
      '    expires: next year',
      'colour: blue',
      '',
    ].join('\n');
    expect(await problems(text)).toEqual([
      'spof.yml:3 suppressions[0].reason: is required',
      'spof.yml:9 suppressions[1].expires: must be a date written YYYY-MM-DD',
      'spof.yml:10 colour: unknown key',
    ]);
  });

  it('a date that does not exist, once the shape is right', async () => {
    const text = 'version: 1\nsuppressions:\n  - {rule: a, node: b, reason: c, expires: 2027-02-30}\n';
    expect(await problems(text)).toEqual(['spof.yml:3 suppressions[0].expires: is not a calendar date']);
  });

  it('a wrong version, a bad failure class, a bad rule id, a duplicate entry name', async () => {
    expect(await problems('version: 2\n')).toEqual(['spof.yml:1 version: must be 1']);
    expect(await problems('version: 1\nsurvive: [zone, moon]\n')).toEqual([
      'spof.yml:2 survive[1]: must be one of component, replica, host, zone, cluster, region, provider, account',
    ]);
    expect(await problems('version: 1\nrules:\n  Single_NAT: {severity: off}\n')).toEqual([
      'spof.yml:3 rules.Single_NAT: must be a kebab-case rule id such as single-nat-gateway',
    ]);
    const dup = 'version: 1\nentries:\n  - {name: a, target: X}\n  - {name: a, target: Y}\n';
    expect(await problems(dup)).toEqual(['spof.yml:4 entries[1].name: repeats an earlier entry name']);
  });

  it('a missing version, an empty file, a top level that is not a mapping', async () => {
    expect(await problems('survive: [zone]\n')).toEqual(['spof.yml:1 version: is required']);
    expect(await problems('')).toEqual(['spof.yml:1 version: is required']);
    expect(await problems('- a\n- b\n')).toEqual(['spof.yml:1 (top level): must be a mapping']);
  });

  it('malformed YAML and duplicate keys, with the line and without quoting the source', async () => {
    const [syntax] = await problems('version: 1\nrules:\n  a: [b\n  c: "secret-token-123\n');
    expect(syntax).toBe('spof.yml:4 a comma is missing between entries of a [ ] or { } collection');
    expect(syntax).not.toContain('secret-token-123');
    expect(await problems('version: 1\nversion: 1\n')).toEqual([
      'spof.yml:2 key `version` appears twice in one mapping; only one value would be kept',
    ]);
  });

  it('unknown tags are errors, not strings', async () => {
    expect(await problems('version: !Ref One\n')).toEqual([
      'spof.yml:1 tag `!Ref` is not known to this reader',
    ]);
  });

  it('an alias bomb stops at the visit budget instead of hanging', async () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      lines.push(
        `${next}: &${next} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`,
      );
    }
    const started = Date.now();
    expect(await problems(`${lines.join('\n')}\n`)).toEqual([
      'spof.yml:? aliases expand to more than 100000 values',
    ]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('nesting deep enough to overflow the parser is refused before parsing', async () => {
    expect(await problems(`version: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`)).toEqual([
      'spof.yml:1 nesting is deeper than the limit of 32 levels',
    ]);
  });

  it('invalid UTF-8, a folder named spof.yml, a missing --config file', async () => {
    expect(await problems(Buffer.from([0x76, 0x3a, 0x20, 0xff, 0x0a]))).toEqual([
      'spof.yml:? config file is not valid UTF-8',
    ]);
    const dir = folderWith({});
    mkdirSync(join(dir, 'spof.yml'));
    const folder = await loadPolicy(undefined, dir);
    expect(folder.diagnostics.map((d) => d.message)).toEqual(['config path is not a regular file']);
    const missing = await loadPolicy('nope.yml', dir);
    expect(missing.diagnostics.map((d) => [d.code, d.level, d.file, d.message])).toEqual([
      ['config-error', 'error', 'nope.yml', 'config file not found'],
    ]);
  });
});

describe('a spof.yml that is a link', () => {
  it('is read when it points inside the working folder', async () => {
    const dir = folderWith({ 'policy.yml': 'version: 1\ninferEntries: false\n' });
    symlinkSync('policy.yml', join(dir, 'spof.yml'));
    const { policy, diagnostics } = await loadPolicy(undefined, dir);
    expect(diagnostics).toEqual([]);
    expect(policy.inferEntries).toBe(false);
  });

  it('is refused, never opened, when it points outside; a dangling link is an error, not "no config"', async () => {
    const outside = folderWith({ 'secret.yml': 'version: 1\n' });
    const dir = folderWith({});
    symlinkSync(join(outside, 'secret.yml'), join(dir, 'spof.yml'));
    const out = await loadPolicy(undefined, dir);
    expect(out.diagnostics.map((d) => [d.code, d.level, d.file, d.message])).toEqual([
      ['config-error', 'error', 'spof.yml', 'spof.yml links outside the working folder, so it is not read'],
    ]);
    const dangling = folderWith({});
    symlinkSync('gone.yml', join(dangling, 'spof.yaml'));
    const none = await loadPolicy(undefined, dangling);
    expect(none.diagnostics.map((d) => d.message)).toEqual(['spof.yaml is a link to nothing']);
  });
});
