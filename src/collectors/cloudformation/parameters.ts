import { UnknownValue, type Value } from '../../model/value.js';
import type { Report } from './plan.js';
import { field, isRawMap, type RawMap } from './raw.js';

function isListType(type: unknown): boolean {
  return type === 'CommaDelimitedList' || (typeof type === 'string' && type.startsWith('List<'));
}

/**
 * What a parameter stands for while evaluating. Only a default is known; a
 * NoEcho parameter is never known, so its default (a secret) cannot reach any
 * value, message or report.
 */
function parameterValue(name: string, definition: RawMap, line: number | undefined, report: Report): Value {
  const noEcho = field(definition, 'NoEcho');
  if (noEcho === true || noEcho === 'true') return new UnknownValue(`parameter ${name} is NoEcho`);
  const type = field(definition, 'Type');
  if (typeof type === 'string' && type.startsWith('AWS::SSM::Parameter::Value<')) {
    return new UnknownValue(`parameter ${name} is read from SSM at deploy time`);
  }
  const fallback = field(definition, 'Default');
  if (fallback === undefined || fallback === null)
    return new UnknownValue(`parameter ${name} has no default`);
  if (isListType(type)) {
    // A list parameter's members are space trimmed (CloudFormation "Parameters").
    if (typeof fallback === 'string')
      return fallback === '' ? [] : fallback.split(',').map((item) => item.trim());
    if (Array.isArray(fallback) && fallback.every((item) => typeof item === 'string')) return [...fallback];
  } else if (typeof fallback === 'string' || typeof fallback === 'number' || typeof fallback === 'boolean') {
    return fallback;
  }
  report('invalid-template', `parameter ${name} has a default of the wrong shape`, line);
  return new UnknownValue(`parameter ${name} has a malformed default`);
}

/** Values of every declared parameter, by name. */
export function readParameters(
  section: RawMap,
  lineOf: (key: string) => number | undefined,
  report: Report,
): Map<string, Value> {
  const values = new Map<string, Value>();
  for (const name of Object.keys(section)) {
    const definition = section[name];
    if (!isRawMap(definition)) {
      report('invalid-template', `parameter ${name} is not a map`, lineOf(name));
      values.set(name, new UnknownValue(`parameter ${name} is malformed`));
      continue;
    }
    values.set(name, parameterValue(name, definition, lineOf(name), report));
  }
  return values;
}
