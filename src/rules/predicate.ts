import type { ComponentAttributes } from '../model/component.js';
import type { OptionReader } from './options.js';

/** Every canonical attribute, so a predicate naming anything else is rejected at load time. */
const ATTRIBUTES = {
  scheme: true,
  loadBalancerType: true,
  wafFailOpen: true,
  public: true,
  multiAz: true,
  engine: true,
  count: true,
  minSize: true,
  maxSize: true,
  automaticFailover: true,
  backupRetentionDays: true,
  pointInTimeRecovery: true,
  replicaRegions: true,
  replication: true,
  recordName: true,
  recordType: true,
  ttl: true,
  failover: true,
  healthCheck: true,
  routingPolicy: true,
  setIdentifier: true,
  aliases: true,
  originFailover: true,
  launchType: true,
  regionalService: true,
  namespace: true,
  labels: true,
  selector: true,
  images: true,
  updateStrategy: true,
  maxUnavailable: true,
  minAvailable: true,
  readinessProbe: true,
  zoneSpread: true,
  hostSpread: true,
  pinnedZones: true,
  localState: true,
  serviceType: true,
  hosts: true,
  accessModes: true,
  controlled: true,
  restart: true,
  holdsState: true,
} as const satisfies Record<keyof ComponentAttributes, true>;

export type AttributeName = keyof typeof ATTRIBUTES;
type Scalar = string | number | boolean;

/**
 * One condition on one attribute, written as a mapping with exactly one operator:
 * - `equals: v`: the attribute is v;
 * - `not: v`: the attribute is not v (an unset attribute is not v);
 * - `lt|lte|gt|gte: n`: the attribute is a number and compares so with n;
 * - `exists: true|false`: the attribute is set (or not);
 * - `in: [v, ...]`: the attribute is one of the values.
 */
export type Condition =
  | { op: 'equals' | 'not'; value: Scalar }
  | { op: 'lt' | 'lte' | 'gt' | 'gte'; value: number }
  | { op: 'exists'; value: boolean }
  | { op: 'in'; value: Scalar[] };

/** Every condition must hold (AND). */
export type Predicate = Array<{ attribute: AttributeName; condition: Condition }>;

const OPERATORS = ['equals', 'not', 'lt', 'lte', 'gt', 'gte', 'exists', 'in'] as const;

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

export const ATTRIBUTE_NAMES = Object.keys(ATTRIBUTES).sort() as AttributeName[];

export function isAttributeName(name: string): name is AttributeName {
  return Object.hasOwn(ATTRIBUTES, name);
}

/** Reads a `where:` mapping strictly; problems are pushed through the reader. */
export function parsePredicate(where: OptionReader): Predicate {
  const predicate: Predicate = [];
  for (const [name, raw] of where.entries()) {
    if (!isAttributeName(name)) {
      where.issue(name, 'is not a canonical attribute');
      continue;
    }
    const keys = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? Object.keys(raw) : [];
    const op = keys[0];
    if (keys.length !== 1 || !op || !(OPERATORS as readonly string[]).includes(op)) {
      where.issue(name, `must be a mapping with exactly one of ${OPERATORS.join(', ')}`);
      continue;
    }
    const value = (raw as Record<string, unknown>)[op];
    const condition = toCondition(op as (typeof OPERATORS)[number], value);
    if (condition) predicate.push({ attribute: name, condition });
    else where.issue(`${name}.${op}`, 'has a value of the wrong type');
  }
  return predicate.sort((a, b) => (a.attribute < b.attribute ? -1 : 1));
}

function toCondition(op: (typeof OPERATORS)[number], value: unknown): Condition | undefined {
  switch (op) {
    case 'equals':
    case 'not':
      return isScalar(value) ? { op, value } : undefined;
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return typeof value === 'number' && Number.isFinite(value) ? { op, value } : undefined;
    case 'exists':
      return typeof value === 'boolean' ? { op, value } : undefined;
    case 'in':
      return Array.isArray(value) && value.length > 0 && value.every(isScalar) ? { op, value } : undefined;
  }
}

function holds(actual: unknown, condition: Condition): boolean {
  switch (condition.op) {
    case 'equals':
      return actual === condition.value;
    case 'not':
      return actual !== condition.value;
    case 'exists':
      return (actual !== undefined) === condition.value;
    case 'in':
      return isScalar(actual) && condition.value.includes(actual);
    default: {
      if (typeof actual !== 'number') return false;
      const bound = condition.value;
      if (condition.op === 'lt') return actual < bound;
      if (condition.op === 'lte') return actual <= bound;
      if (condition.op === 'gt') return actual > bound;
      return actual >= bound;
    }
  }
}

export function matches(attributes: ComponentAttributes, predicate: Predicate): boolean {
  return predicate.every(({ attribute, condition }) => holds(attributes[attribute], condition));
}

/** How an attribute reads in a message: `not set` when the input did not say. */
export function formatAttribute(value: unknown): string {
  if (value === undefined) return 'not set';
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : 'none';
  return String(value);
}
