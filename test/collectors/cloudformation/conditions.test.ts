import { describe, expect, it } from 'vitest';
import { ChoiceValue } from '../../../src/model/value.js';
import { codes, documentOf, resourceOf } from './helpers.js';

const PARAMETERS = `Parameters:
  Env:
    Type: String
    Default: prod
  Region:
    Type: String
`;

/** One resource per condition, so each condition's value is visible as emitted / dropped / kept by name. */
function templateWith(conditions: string): string {
  const names = [...conditions.matchAll(/^ {2}(\w+):/gm)].map((match) => match[1] as string);
  const resources = names
    .map((name) => `  R${name}:\n    Type: AWS::SNS::Topic\n    Condition: ${name}\n`)
    .join('');
  return `${PARAMETERS}Conditions:\n${conditions}Resources:\n${resources}`;
}

function outcomes(conditions: string): Record<string, 'true' | 'false' | 'unknown'> {
  const { document, diagnostics } = documentOf(templateWith(conditions));
  expect(diagnostics).toEqual([]);
  const names = [...conditions.matchAll(/^ {2}(\w+):/gm)].map((match) => match[1] as string);
  const result: Record<string, 'true' | 'false' | 'unknown'> = {};
  for (const name of names) {
    const resource = document.resources.find((candidate) => candidate.id === `R${name}`);
    result[name] = resource === undefined ? 'false' : resource.condition === name ? 'unknown' : 'true';
  }
  return result;
}

const SHORT = `  Prod: !Equals [!Ref Env, prod]
  Dev: !Equals [dev, !Ref Env]
  Free: !Equals [!Ref Region, eu-west-1]
  NotDev: !Not [!Condition Dev]
  ProdAndFree: !And [!Condition Prod, !Condition Free]
  DevAndFree: !And [!Condition Dev, !Condition Free]
  ProdOrFree: !Or [!Condition Prod, !Condition Free]
  DevOrFree: !Or [!Condition Dev, !Condition Free]
  NotFree: !Not [!Condition Free]
  Nested: !And [!Not [!Equals [!Ref Env, dev]], !Or [!Condition Dev, !Equals [1, '1']]]
`;

const LONG = `  Prod: { "Fn::Equals": [{ Ref: Env }, prod] }
  Dev: { "Fn::Equals": [dev, { Ref: Env }] }
  Free: { "Fn::Equals": [{ Ref: Region }, eu-west-1] }
  NotDev: { "Fn::Not": [{ Condition: Dev }] }
  ProdAndFree: { "Fn::And": [{ Condition: Prod }, { Condition: Free }] }
  DevAndFree: { "Fn::And": [{ Condition: Dev }, { Condition: Free }] }
  ProdOrFree: { "Fn::Or": [{ Condition: Prod }, { Condition: Free }] }
  DevOrFree: { "Fn::Or": [{ Condition: Dev }, { Condition: Free }] }
  NotFree: { "Fn::Not": [{ Condition: Free }] }
  Nested: { "Fn::And": [{ "Fn::Not": [{ "Fn::Equals": [{ Ref: Env }, dev] }] }, { "Fn::Or": [{ Condition: Dev }, { "Fn::Equals": [1, "1"] }] }] }
`;

const EXPECTED = {
  Prod: 'true',
  Dev: 'false',
  Free: 'unknown',
  NotDev: 'true',
  ProdAndFree: 'unknown',
  DevAndFree: 'false',
  ProdOrFree: 'true',
  DevOrFree: 'unknown',
  NotFree: 'unknown',
  Nested: 'true',
};

describe('conditions', () => {
  it('evaluates Equals, And, Or, Not and Condition in short form, deciding what it can', () => {
    expect(outcomes(SHORT)).toEqual(EXPECTED);
  });

  it('evaluates the same conditions in long form', () => {
    expect(outcomes(LONG)).toEqual(EXPECTED);
  });

  it('evaluates conditions in a JSON template', () => {
    const template = {
      Parameters: { Env: { Type: 'String', Default: 'prod' }, Region: { Type: 'String' } },
      Conditions: {
        Prod: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
        Dev: { 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] },
        Free: { 'Fn::Equals': [{ Ref: 'Region' }, 'eu-west-1'] },
      },
      Resources: {
        Always: { Type: 'AWS::SNS::Topic', Condition: 'Prod' },
        Never: { Type: 'AWS::SNS::Topic', Condition: 'Dev' },
        Maybe: { Type: 'AWS::SNS::Topic', Condition: 'Free' },
        Value: { Type: 'AWS::SNS::Topic', Properties: { TopicName: { 'Fn::If': ['Free', 'a', 'b'] } } },
      },
    };
    const { document, diagnostics } = documentOf(JSON.stringify(template, null, 2), 'stack.json');
    expect(diagnostics).toEqual([]);
    expect(document.resources.map((resource) => [resource.id, resource.condition])).toEqual([
      ['Always', undefined],
      ['Maybe', 'Free'],
      ['Value', undefined],
    ]);
    expect(resourceOf(document, 'Value').properties.TopicName).toEqual(new ChoiceValue('Free', 'a', 'b'));
  });

  it('keeps both branches of an undecided If, and evaluates only the taken branch of a decided one', () => {
    const text = `${PARAMETERS}Conditions:
  Prod: !Equals [!Ref Env, prod]
  Free: !Equals [!Ref Region, eu-west-1]
Resources:
  Primary:
    Type: AWS::SNS::Topic
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      Decided: !If [Prod, !Ref Primary, !Ref Missing]
      Undecided: !If [Free, !Ref Primary, !GetAtt Primary.TopicName]
`;
    const { document, diagnostics } = documentOf(text);
    expect(diagnostics).toEqual([]);
    const properties = resourceOf(document, 'Topic').properties;
    expect(properties.Decided).toMatchObject({ target: 'Primary', attribute: undefined });
    const choice = properties.Undecided as ChoiceValue;
    expect(choice).toBeInstanceOf(ChoiceValue);
    expect(choice.condition).toBe('Free');
    expect(choice.whenTrue).toMatchObject({ target: 'Primary', attribute: undefined });
    expect(choice.whenFalse).toMatchObject({ target: 'Primary', attribute: 'TopicName' });
  });

  it('reports an undefined condition and a condition that depends on itself', () => {
    const text = `Conditions:
  Loop: !Not [!Condition Loop]
Resources:
  Topic:
    Type: AWS::SNS::Topic
    Condition: Nowhere
  Other:
    Type: AWS::SNS::Topic
    Properties:
      Name: !If [Loop, a, b]
`;
    const { document, diagnostics } = documentOf(text);
    expect(codes(diagnostics)).toEqual([
      { code: 'invalid-template', level: 'error', line: 2 },
      { code: 'dangling-reference', level: 'error', line: 6 },
    ]);
    expect(resourceOf(document, 'Topic').condition).toBe('Nowhere');
    expect(resourceOf(document, 'Other').properties.Name).toBeInstanceOf(ChoiceValue);
  });
});
