import { UnknownValue, type ValueMap } from '../../model/value.js';
import type { Env } from './env.js';
import { INTRINSICS } from './intrinsics/index.js';
import { type Input, Plan, type Step } from './plan.js';
import { type Evaluated, emptyMap, REMOVED } from './values.js';

/** Thrown when a document needs more evaluation steps than its budget (alias bombs, cycles through anchors). */
export class BudgetExceeded extends Error {}

/** Evaluation steps left for one document; shared references are counted every time they are reached. */
export interface Budget {
  remaining: number;
}

/** One million steps stopped a 342-byte alias bomb in milliseconds (reliability.md). */
export const DEFAULT_BUDGET = 1_000_000;

interface Frame {
  plan: Plan;
  results: Evaluated[];
}

/**
 * Evaluates a raw template node to a value. Iterative: an explicit stack of
 * plans, so neither deep input nor a YAML anchor that contains itself can
 * overflow the call stack; every step spends budget, which bounds both.
 */
export function evaluate(input: Input, env: Env, budget: Budget): Evaluated {
  return run(planNode(input, env), env, budget);
}

/** Runs a first step (a value or a plan) to its value. */
export function run(first: Step, env: Env, budget: Budget): Evaluated {
  const stack: Frame[] = [];
  let step = first;
  for (;;) {
    budget.remaining -= 1;
    if (budget.remaining < 0) throw new BudgetExceeded();
    if (step instanceof Plan) {
      stack.push({ plan: step, results: [] });
    } else {
      const parent = stack.at(-1);
      if (parent === undefined) return step;
      parent.results.push(step);
    }
    const top = stack.at(-1) as Frame;
    const next = top.plan.inputs[top.results.length];
    if (next !== undefined) {
      step = planNode(next, env);
    } else {
      stack.pop();
      step = top.plan.finish(top.results);
    }
  }
}

/** The first step of evaluating one node: scalars are values, containers and intrinsics are plans. */
function planNode(input: Input, env: Env): Step {
  const { raw, line } = input;
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (Array.isArray(raw)) {
    const items = raw.map((item, index): Input => ({ raw: item, line: env.lineOf(raw, index) ?? line }));
    return new Plan(items, (results) => results.filter((value) => value !== REMOVED));
  }
  if (typeof raw === 'object') return planMap(raw as Record<string, unknown>, line, env);
  return new UnknownValue('a value of an unsupported kind');
}

function planMap(raw: Record<string, unknown>, line: number | undefined, env: Env): Step {
  const keys = Object.keys(raw);
  const special = keys.filter((key) => key === 'Ref' || key.startsWith('Fn::'));
  for (const key of special) {
    if (INTRINSICS.has(key)) continue;
    env.report(
      'unknown-intrinsic',
      `${key} is not an intrinsic function spof knows`,
      env.lineOf(raw, key) ?? line,
    );
    return new UnknownValue(`unsupported intrinsic ${key}`);
  }
  const only = keys.length === 1 ? keys[0] : undefined;
  if (only !== undefined) {
    const intrinsic = INTRINSICS.get(only);
    // `Condition` is an intrinsic only with a name; a map under a `Condition` key (IAM) is data.
    if (intrinsic !== undefined && (only !== 'Condition' || typeof raw[only] === 'string')) {
      return intrinsic(raw[only], { line: env.lineOf(raw, only) ?? line }, env);
    }
  }
  const first = special[0];
  if (first !== undefined) {
    env.report(
      'invalid-template',
      `${first} must be the only key of its map`,
      env.lineOf(raw, first) ?? line,
    );
    return new UnknownValue(`${first} next to other keys`);
  }
  const inputs = keys.map((key): Input => ({ raw: raw[key], line: env.lineOf(raw, key) ?? line }));
  return new Plan(inputs, (results) => {
    const map: ValueMap = emptyMap();
    keys.forEach((key, index) => {
      const value = results[index];
      if (value !== undefined && value !== REMOVED) map[key] = value;
    });
    return map;
  });
}
