import type { ValueMap } from '../../model/value.js';
import { asMap, asString, get } from '../values.js';
import { mapsOf, stringsOf } from './lists.js';
import { stringMap } from './objects.js';

interface Requirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values: string[];
}

/** A label selector: equality pairs plus set-based requirements (Kubernetes "Labels and Selectors"). */
export interface LabelSelector {
  /** matchLabels and `In` requirements with one value: what the canonical `selector` attribute shows. */
  equalities: Record<string, string>;
  requirements: Requirement[];
}

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/** A Service's `spec.selector`: a plain map of labels. Undefined when absent or empty (manual Endpoints). */
export function serviceSelector(body: ValueMap): LabelSelector | undefined {
  const labels = stringMap(get(body, 'spec', 'selector'));
  if (labels === undefined || Object.keys(labels).length === 0) return undefined;
  return { equalities: labels, requirements: [] };
}

/** A `metav1.LabelSelector` (matchLabels + matchExpressions), as a PodDisruptionBudget has it. */
export function labelSelector(value: ValueMap | undefined): LabelSelector | undefined {
  const selector = asMap(value);
  if (selector === undefined) return undefined;
  const equalities = stringMap(get(selector, 'matchLabels')) ?? Object.create(null);
  const requirements: Requirement[] = [];
  for (const expression of mapsOf(get(selector, 'matchExpressions'))) {
    const key = asString(get(expression, 'key'));
    const operator = asString(get(expression, 'operator'));
    if (key === undefined || operator === undefined || !OPERATORS.has(operator)) continue;
    const values = stringsOf(get(expression, 'values'));
    if (operator === 'In' && values.length === 1 && !Object.hasOwn(equalities, key)) {
      equalities[key] = values[0] as string;
      continue;
    }
    requirements.push({ key, operator: operator as Requirement['operator'], values });
  }
  return { equalities: sortedRecord(equalities), requirements };
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  const sorted: Record<string, string> = Object.create(null);
  for (const key of Object.keys(record).sort()) sorted[key] = record[key] as string;
  return sorted;
}

/** Whether labels satisfy every pair and requirement. An empty selector matches everything, as in Kubernetes. */
export function matches(selector: LabelSelector, labels: Record<string, string>): boolean {
  for (const key of Object.keys(selector.equalities)) {
    if (!Object.hasOwn(labels, key) || labels[key] !== selector.equalities[key]) return false;
  }
  return selector.requirements.every((requirement) => {
    const has = Object.hasOwn(labels, requirement.key);
    const listed = has && requirement.values.includes(labels[requirement.key] as string);
    if (requirement.operator === 'In') return listed;
    if (requirement.operator === 'NotIn') return !listed;
    return requirement.operator === 'Exists' ? has : !has;
  });
}
