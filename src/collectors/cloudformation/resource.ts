import type { ResourceFact } from '../../model/facts.js';
import { isValueMap, type ValueMap } from '../../model/value.js';
import type { Env } from './env.js';
import { type Budget, evaluate, run } from './evaluate.js';
import { conditionValue } from './intrinsics/references.js';
import { field, isRawMap, type RawMap } from './raw.js';
import { emptyMap, REMOVED } from './values.js';

/** A resource entry as found in Resources, with the line of its logical id. */
export interface ResourceEntry {
  id: string;
  body: RawMap;
  line: number;
}

/** `DependsOn` as a list of names; names that are not resources of the template are reported. */
function dependsOnOf(entry: ResourceEntry, env: Env): string[] {
  const raw = field(entry.body, 'DependsOn');
  if (raw === undefined) return [];
  const line = env.lineOf(entry.body, 'DependsOn') ?? entry.line;
  const names = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(names) || !names.every((name) => typeof name === 'string')) {
    env.report('invalid-template', `DependsOn of ${entry.id} is not a name or a list of names`, line);
    return [];
  }
  names.forEach((name, index) => {
    if (env.scope.resources.has(name)) return;
    const itemLine = typeof raw === 'string' ? line : (env.lineOf(names, index) ?? line);
    env.report('dangling-reference', `${entry.id} depends on ${name}, which is not a resource`, itemLine);
  });
  return names.filter((name) => env.scope.resources.has(name));
}

function propertiesOf(entry: ResourceEntry, env: Env, budget: Budget): ValueMap {
  const raw = field(entry.body, 'Properties');
  if (raw === undefined || raw === null) return emptyMap();
  const line = env.lineOf(entry.body, 'Properties') ?? entry.line;
  if (!isRawMap(raw)) {
    env.report('invalid-template', `Properties of ${entry.id} is not a map`, line);
    return emptyMap();
  }
  const value = evaluate({ raw, line }, env, budget);
  if (value === REMOVED) return emptyMap();
  if (isValueMap(value)) return value;
  env.report('unresolved-value', `Properties of ${entry.id} are known only at deploy time`, line, 'warning');
  return emptyMap();
}

/**
 * The fact for one resource, or undefined when its condition is known false.
 * An undecided condition is kept on the fact by name.
 */
export function resourceFact(entry: ResourceEntry, type: string, file: string, env: Env, budget: Budget) {
  const fact: ResourceFact = {
    format: 'cloudformation',
    id: entry.id,
    type,
    properties: emptyMap(),
    dependsOn: [],
    location: { file, line: entry.line },
  };
  const condition = field(entry.body, 'Condition');
  if (condition !== undefined) {
    const line = env.lineOf(entry.body, 'Condition') ?? entry.line;
    if (typeof condition !== 'string') {
      env.report('invalid-template', `Condition of ${entry.id} is not a condition name`, line);
    } else {
      const decided = run(conditionValue(condition, { line }, env), env, budget);
      if (decided === false) return undefined;
      if (decided !== true) fact.condition = condition;
    }
  }
  fact.dependsOn = dependsOnOf(entry, env);
  fact.properties = propertiesOf(entry, env, budget);
  return fact;
}
