import type { ResourceFact } from '../../model/facts.js';
import type { Env, Scope } from './env.js';
import { type Budget, run } from './evaluate.js';
import { conditionValue } from './intrinsics/references.js';
import { readParameters } from './parameters.js';
import type { Report } from './plan.js';
import { field, isRawMap, type RawMap } from './raw.js';
import { resourceFact } from './resource.js';

/** What reading one template needs from its file. */
export interface TemplateContext {
  file: string;
  lineOf(container: object, key: string | number): number | undefined;
  report: Report;
  budget: Budget;
}

/** An optional top-level section, which must be a map when present. */
function section(template: RawMap, name: string, context: TemplateContext): RawMap | undefined {
  const value = field(template, name);
  if (value === undefined || value === null) return undefined;
  if (isRawMap(value)) return value;
  context.report('invalid-template', `${name} is not a map`, context.lineOf(template, name));
  return undefined;
}

function scopeOf(template: RawMap, resources: RawMap, context: TemplateContext): Scope {
  const parameters = section(template, 'Parameters', context);
  const conditions = section(template, 'Conditions', context) ?? Object.create(null);
  const lineOfParameter = (name: string) => (parameters ? context.lineOf(parameters, name) : undefined);
  return {
    parameters: parameters ? readParameters(parameters, lineOfParameter, context.report) : new Map(),
    resources: new Set(Object.keys(resources)),
    mappings: section(template, 'Mappings', context),
    conditions: new Map(
      Object.keys(conditions).map((name) => [
        name,
        { raw: conditions[name], line: context.lineOf(conditions, name) },
      ]),
    ),
    conditionValues: new Map(),
    expanding: new Set(),
  };
}

/**
 * The resource facts of a template (CloudFormation "Template anatomy"), in the
 * order they are written. Undefined when there is no Resources map to read
 * (already reported). Every condition is evaluated, used or not, so its
 * mistakes are reported.
 */
export function readTemplate(template: RawMap, context: TemplateContext): ResourceFact[] | undefined {
  const resources = field(template, 'Resources');
  if (!isRawMap(resources)) {
    const line = context.lineOf(template, 'Resources');
    context.report('invalid-template', 'the template has no Resources map', line);
    return undefined;
  }
  const env: Env = {
    scope: scopeOf(template, resources, context),
    report: context.report,
    lineOf: context.lineOf,
  };
  for (const [name, definition] of env.scope.conditions) {
    run(conditionValue(name, { line: definition.line }, env), env, context.budget);
  }
  const facts: ResourceFact[] = [];
  for (const id of Object.keys(resources)) {
    const line = context.lineOf(resources, id) ?? 1;
    const body = resources[id];
    if (id.startsWith('Fn::')) {
      context.report('unknown-intrinsic', `${id} in Resources is not an intrinsic function spof knows`, line);
      continue;
    }
    const type = isRawMap(body) ? field(body, 'Type') : undefined;
    if (!isRawMap(body) || typeof type !== 'string' || type === '') {
      context.report('invalid-template', `resource ${id} has no Type`, line);
      continue;
    }
    const fact = resourceFact({ id, body, line }, type, context.file, env, context.budget);
    if (fact !== undefined) facts.push(fact);
  }
  return facts;
}
