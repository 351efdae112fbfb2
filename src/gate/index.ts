export { type ExitCode, type ExitInputs, exitCode, FAIL_ON_VALUES, type FailOn } from './exit-code.js';
export { applyGate, type GateResult } from './suppress.js';
