import { CORE_SCHEMA, type Schema, Type } from 'js-yaml';

const KINDS = ['scalar', 'sequence', 'mapping'] as const;

/** Short-form tags that stand for `Fn::<Name>` with the same argument. */
const FUNCTION_TAGS = [
  'And',
  'Base64',
  'Cidr',
  'Equals',
  'FindInMap',
  'GetAZs',
  'If',
  'ImportValue',
  'Join',
  'Length',
  'Not',
  'Or',
  'Select',
  'Split',
  'Sub',
  'ToJsonString',
  'Transform',
] as const;

function longForm(key: string, argument: unknown): Record<string, unknown> {
  const form: Record<string, unknown> = Object.create(null);
  form[key] = argument;
  return form;
}

/** `!GetAtt A.B` is `[A, B]`, split at the first dot (nested stacks have `Outputs.Name`). */
function getAttArgument(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  const dot = data.indexOf('.');
  return dot < 0 ? data : [data.slice(0, dot), data.slice(dot + 1)];
}

function tagTypes(tag: string, construct: (data: unknown) => unknown): Type[] {
  return KINDS.map((kind) => new Type(`!${tag}`, { kind, construct }));
}

// YAML's `<<` merge key, as DEFAULT_SCHEMA defines it (not exported by @types/js-yaml).
const merge = new Type('tag:yaml.org,2002:merge', {
  kind: 'scalar',
  resolve: (data: unknown) => data === '<<' || data === null,
});

/**
 * CloudFormation's YAML (CloudFormation "Template anatomy", short-form tags):
 * every tag becomes its long form, so YAML and JSON templates share one
 * evaluator. Built on CORE_SCHEMA plus merge keys: no timestamps, because
 * CloudFormation keeps `2012-10-17` a string.
 */
export const CLOUDFORMATION_SCHEMA: Schema = CORE_SCHEMA.extend({
  implicit: [merge],
  explicit: [
    ...FUNCTION_TAGS.flatMap((name) => tagTypes(name, (data) => longForm(`Fn::${name}`, data ?? ''))),
    ...tagTypes('GetAtt', (data) => longForm('Fn::GetAtt', getAttArgument(data))),
    ...tagTypes('Ref', (data) => longForm('Ref', data)),
    ...tagTypes('Condition', (data) => longForm('Condition', data)),
  ],
});
