import { expect } from 'vitest';
import { cloudformation } from '../../../src/collectors/cloudformation/index.js';
import type { CollectorOutcome } from '../../../src/collectors/collector.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import type { DocumentFacts, ResourceFact } from '../../../src/model/facts.js';

/** Runs the CloudFormation collector on a template given as text. */
export function collectText(text: string, file = 'stack.yaml'): CollectorOutcome {
  return cloudformation.collect({ file, text });
}

/** The document of a template that must be analysed. */
export function documentOf(
  text: string,
  file = 'stack.yaml',
): { document: DocumentFacts; diagnostics: Diagnostic[] } {
  const outcome = collectText(text, file);
  if (outcome.status !== 'analysed') throw new Error(`expected an analysed template, got ${outcome.status}`);
  return outcome;
}

export function resourceOf(document: DocumentFacts, id: string): ResourceFact {
  const resource = document.resources.find((candidate) => candidate.id === id);
  expect(resource, `resource ${id}`).toBeDefined();
  return resource as ResourceFact;
}

/** Diagnostics reduced to what tests assert on: code, level and line. */
export function codes(diagnostics: readonly Diagnostic[]): { code: string; level: string; line?: number }[] {
  return diagnostics.map(({ code, level, line }) =>
    line === undefined ? { code, level } : { code, level, line },
  );
}

/** Shared head of the templates the intrinsic tests evaluate expressions in. */
export const CONTEXT_YAML = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env:
    Type: String
    Default: prod
  Subnets:
    Type: CommaDelimitedList
    Default: 'subnet-a, subnet-b,subnet-c'
  Free:
    Type: String
  Count:
    Type: Number
    Default: 3
Mappings:
  RegionMap:
    eu-west-1:
      Ami: ami-eu
      Zones: [eu-west-1a, eu-west-1b]
    us-east-1:
      Ami: ami-us
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Equals [!Ref Env, dev]
  IsFree: !Equals [!Ref Free, free]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Probe:
    Type: AWS::SNS::Topic
    Properties:
      Value: `;

/** The same context as a JSON object, for JSON templates. */
export function contextJson(value: unknown): string {
  return JSON.stringify({
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: {
      Env: { Type: 'String', Default: 'prod' },
      Subnets: { Type: 'CommaDelimitedList', Default: 'subnet-a, subnet-b,subnet-c' },
      Free: { Type: 'String' },
      Count: { Type: 'Number', Default: 3 },
    },
    Mappings: {
      RegionMap: {
        'eu-west-1': { Ami: 'ami-eu', Zones: ['eu-west-1a', 'eu-west-1b'] },
        'us-east-1': { Ami: 'ami-us' },
      },
    },
    Conditions: {
      IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
      IsDev: { 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] },
      IsFree: { 'Fn::Equals': [{ Ref: 'Free' }, 'free'] },
    },
    Resources: {
      Bucket: { Type: 'AWS::S3::Bucket' },
      Probe: { Type: 'AWS::SNS::Topic', Properties: { Value: value } },
    },
  });
}

/** The line of `Value:` in CONTEXT_YAML, where diagnostics about the probed expression point. */
export const PROBE_LINE = CONTEXT_YAML.split('\n').length;

/** Evaluates one expression in the shared context; returns the probe's value (absent when removed) and diagnostics. */
export function probe(text: string, file = 'stack.yaml') {
  const { document, diagnostics } = documentOf(text, file);
  const properties = resourceOf(document, 'Probe').properties;
  return { value: properties.Value, present: Object.hasOwn(properties, 'Value'), diagnostics };
}
