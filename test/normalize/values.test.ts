import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { ChoiceValue, RefValue, UnknownValue, type Value, ZoneValue } from '../../src/model/value.js';
import { RedundancyReader } from '../../src/normalize/scalars.js';
import { asBoolean, asNumber, refTargets } from '../../src/normalize/values.js';
import { zoneKeys } from '../../src/normalize/zones.js';
import { fact } from './build.js';

describe('value readers', () => {
  it('reads CloudFormation numbers and booleans written as strings', () => {
    expect(asNumber('3')).toBe(3);
    expect(asNumber(' 7 ')).toBe(7);
    expect(asNumber('three')).toBeUndefined();
    expect(asBoolean('True')).toBe(true);
    expect(asBoolean('false')).toBe(false);
    expect(asBoolean('yes')).toBeUndefined();
  });

  it('finds references at any depth without recursion', () => {
    let deep: Value = new RefValue('Bottom');
    for (let i = 0; i < 200_000; i++) deep = i % 2 === 0 ? [deep] : { nested: deep };
    expect(refTargets(deep)).toEqual(['Bottom']);
  });

  it('finds references in unknown values and both branches of choices, once each', () => {
    const value = new ChoiceValue(
      'C',
      [new RefValue('A'), new RefValue('B')],
      new UnknownValue('Fn::Join', [new RefValue('A')]),
    );
    expect(refTargets(value)).toEqual(['A', 'B']);
  });

  it('keys zones by name, id, index, and drops choices', () => {
    expect(
      zoneKeys(
        [
          'eu-west-1c',
          new ZoneValue(undefined, 2, 'us-east-2'),
          new ZoneValue('euw1-az1', undefined, undefined),
          new ChoiceValue('C', 'eu-west-1a', 'eu-west-1b'),
        ],
        'eu-west-1',
      ),
    ).toEqual(['eu-west-1/eu-west-1c', 'eu-west-1/euw1-az1', 'us-east-2/#2']);
  });
});

describe('redundancy reader', () => {
  it('takes the least redundant leaf of nested conditions and names every condition', () => {
    const diagnostics: Diagnostic[] = [];
    const reader = new RedundancyReader(diagnostics);
    const value = new ChoiceValue('IsProd', new ChoiceValue('IsBig', 6, 3), 2);
    expect(reader.number(fact('G', 'AWS::AutoScaling::AutoScalingGroup'), 'MinSize', value)).toBe(2);
    expect(
      reader.number(fact('G', 'AWS::AutoScaling::AutoScalingGroup'), 'MaxSize', value, { pick: 'max' }),
    ).toBe(6);
    expect(diagnostics.map((d) => d.code)).toEqual(['unresolved-value', 'unresolved-value']);
    expect(diagnostics[0]?.message).toContain('IsProd, IsBig');
  });

  it('uses the default only when the property is absent', () => {
    const diagnostics: Diagnostic[] = [];
    const reader = new RedundancyReader(diagnostics);
    const db = fact('Db', 'AWS::RDS::DBInstance');
    expect(reader.boolean(db, 'MultiAZ', undefined, false)).toBe(false);
    expect(reader.boolean(db, 'MultiAZ', true, false)).toBe(true);
    expect(reader.boolean(db, 'MultiAZ', new ChoiceValue('IsProd', true, 'false'), false)).toBe(false);
    expect(reader.boolean(db, 'MultiAZ', new RefValue('Other'), false)).toBeUndefined();
    expect(diagnostics).toHaveLength(2);
  });
});

describe('properties removed by AWS::NoValue', () => {
  it('reads a removed branch as the default and an optional block in one branch as absent', () => {
    const diagnostics: Diagnostic[] = [];
    const reader = new RedundancyReader(diagnostics);
    const db = fact('Db', 'AWS::RDS::DBInstance');
    expect(reader.boolean(db, 'MultiAZ', null, false)).toBe(false);
    expect(reader.boolean(db, 'MultiAZ', new ChoiceValue('IsProd', true, null), false)).toBe(false);
    expect(
      reader.number(db, 'BackupRetentionPeriod', new ChoiceValue('IsProd', 14, null), { absent: 1 }),
    ).toBe(1);
    expect(
      reader.present(db, 'ReplicationConfiguration', new ChoiceValue('IsProd', { Role: 'r' }, null)),
    ).toBe(false);
    expect(reader.present(db, 'ReplicationConfiguration', { Role: 'r' })).toBe(true);
    expect(diagnostics.map((d) => d.message.includes('IsProd'))).toEqual([true, true, true]);
  });
});
