import yaml from 'js-yaml';

/** Every CloudFormation short-form tag on every node kind, wrapped as `{ 'Fn::X': data }`. */
export function cfnLikeTypes(): yaml.Type[] {
  const names = [
    'Ref',
    'GetAtt',
    'Sub',
    'Select',
    'GetAZs',
    'FindInMap',
    'If',
    'Join',
    'Equals',
    'Not',
    'And',
    'Or',
    'Base64',
    'Split',
    'ImportValue',
    'Condition',
    'Cidr',
    'Transform',
  ];
  return names.flatMap((name) =>
    (['scalar', 'sequence', 'mapping'] as const).map(
      (kind) =>
        new yaml.Type(`!${name}`, { kind, construct: (data: unknown) => ({ [`Fn::${name}`]: data }) }),
    ),
  );
}
