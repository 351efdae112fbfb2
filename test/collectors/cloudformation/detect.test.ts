import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cloudformation } from '../../../src/collectors/cloudformation/index.js';
import { collectText } from './helpers.js';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url)), 'utf8');

describe('recognising a template', () => {
  it('sniffs text for Resources or AWSTemplateFormatVersion before parsing', () => {
    expect(cloudformation.detectText(fixture('web-stack.yaml'))).toBe(true);
    expect(cloudformation.detectText('AWSTemplateFormatVersion: "2010-09-09"\n')).toBe(true);
    expect(cloudformation.detectText(fixture('broken-unrelated.yaml'))).toBe(false);
  });

  it('accepts a parsed map with a format version, or Resources holding AWS:: or Custom:: types', () => {
    const map = (value: object) => Object.assign(Object.create(null), value);
    expect(cloudformation.detectValue(map({ AWSTemplateFormatVersion: '2010-09-09' }))).toBe(true);
    expect(cloudformation.detectValue(map({ Resources: map({ A: map({ Type: 'Custom::Thing' }) }) }))).toBe(
      true,
    );
    expect(cloudformation.detectValue(map({ Resources: map({ A: map({ Type: 'aws_instance' }) }) }))).toBe(
      false,
    );
    expect(cloudformation.detectValue(map({ Resources: ['AWS::S3::Bucket'] }))).toBe(false);
    expect(cloudformation.detectValue(['Resources'])).toBe(false);
    expect(cloudformation.detectValue(undefined)).toBe(false);
  });

  it('leaves a multi-document Kubernetes manifest alone', () => {
    expect(collectText(fixture('k8s-deployment.yaml'), 'k8s-deployment.yaml')).toEqual({
      status: 'not-applicable',
    });
  });

  it('leaves a docker-compose file alone', () => {
    expect(collectText(fixture('docker-compose.yml'), 'docker-compose.yml')).toEqual({
      status: 'not-applicable',
    });
  });

  it('reads a JSON .template file and a YAML .template file with SAM and custom resources', () => {
    const json = collectText(fixture('stack.template'), 'stack.template');
    expect(json.status === 'analysed' && json.document.resources.map((resource) => resource.id)).toEqual([
      'Bucket',
    ]);
    const sam = collectText(fixture('serverless.template'), 'serverless.template');
    expect(sam.status === 'analysed' && sam.document.resources.map((resource) => resource.type)).toEqual([
      'AWS::Serverless::Function',
      'Custom::Alarm',
    ]);
  });

  it('rejects a template split over several YAML documents', () => {
    const outcome = collectText('Resources:\n  A:\n    Type: AWS::SNS::Topic\n---\nb: 1\n');
    expect(outcome).toMatchObject({ status: 'skipped', reason: 'invalid-template' });
  });

  it('turns a YAML parse failure of a likely template into a skip with the parser code', () => {
    const outcome = collectText(fixture('broken-template.yaml'), 'broken-template.yaml');
    expect(outcome).toMatchObject({ status: 'skipped', reason: 'parse-error' });
    expect(outcome.status === 'skipped' && outcome.diagnostics.map((d) => [d.code, d.level, d.file])).toEqual(
      [['parse-error', 'error', 'broken-template.yaml']],
    );
  });
});
