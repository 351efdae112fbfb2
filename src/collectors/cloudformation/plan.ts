import type { DiagnosticCode, DiagnosticLevel } from '../../model/diagnostic.js';
import type { Evaluated } from './values.js';

/** One raw input node still to be evaluated, with the line it was written on. */
export interface Input {
  raw: unknown;
  line: number | undefined;
}

/** What evaluating one node asks for next: a value, or more inputs and what to do with their values. */
export type Step = Evaluated | Plan;

/**
 * Deferred work for the evaluator's explicit stack: evaluate `inputs` in order,
 * then `finish` turns their values into a value or into another plan. This is
 * how intrinsics nest without the evaluator recursing over the input.
 */
export class Plan {
  constructor(
    readonly inputs: readonly Input[],
    readonly finish: (results: readonly Evaluated[]) => Step,
  ) {}
}

/** Evaluates one raw node and hands its value on unchanged (a tail position). */
export function evaluateThen(input: Input, finish: (value: Evaluated) => Step = (value) => value): Plan {
  return new Plan([input], (results) => finish(results[0] ?? null));
}

/** Applies `next` to a step's eventual value, whether that value is ready or still planned. */
export function andThen(step: Step, next: (value: Evaluated) => Step): Step {
  if (!(step instanceof Plan)) return next(step);
  return new Plan(step.inputs, (results) => andThen(step.finish(results), next));
}

/** Where an intrinsic was written, for its diagnostics and its arguments' lines. */
export interface Site {
  line: number | undefined;
}

/** Reports a problem found while evaluating, at a line of the current file. */
export type Report = (
  code: DiagnosticCode,
  message: string,
  line: number | undefined,
  level?: DiagnosticLevel,
) => void;
