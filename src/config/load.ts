import { resolve } from 'node:path';
import yaml from 'js-yaml';
import { parseYaml } from '../collectors/read/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Policy } from '../model/policy.js';
import { defaultPolicy } from '../model/policy.js';
import { semanticProblems } from './checks.js';
import { displayPath, type FoundConfig, findConfig } from './find.js';
import { keyPath, lineAt } from './locate.js';
import { readConfigText } from './read-file.js';
import { type SchemaProblem, schemaProblems } from './schema.js';
import { toPolicy } from './to-policy.js';

// Core schema: no timestamps, so `expires: 2027-03-31` stays a string. A config is a few dozen
// lines; these bounds only stop hostile files (reliability.md, "YAML").
const CONFIG_PARSE_LIMITS = { maxDepth: 32, maxNodes: 100_000 };

export interface LoadedPolicy {
  policy: Policy;
  /** `config-error` diagnostics, all level `error`: any of them makes the run exit 2 before scanning. */
  diagnostics: Diagnostic[];
}

/**
 * Loads the policy from `file` (relative to `cwd`), or from `spof.yml` /
 * `spof.yaml` in `cwd`, or returns the defaults when there is neither.
 */
export async function loadPolicy(file: string | undefined, cwd: string): Promise<LoadedPolicy> {
  const found: FoundConfig =
    file === undefined ? await findConfig(cwd) : { kind: 'file', path: resolve(cwd, file) };
  if (found.kind === 'none') return { policy: defaultPolicy(), diagnostics: [] };
  const path = found.path;
  const shown = displayPath(path, cwd);
  const fail = (message: string, line?: number, column?: number): LoadedPolicy => ({
    policy: defaultPolicy(),
    diagnostics: [configError(shown, message, line, column)],
  });
  if (found.kind === 'refused') return fail(found.message);
  const read = await readConfigText(path);
  if (!read.ok) return fail(read.message);
  const parsed = parseYaml(read.text, { file: shown, schema: yaml.CORE_SCHEMA, limits: CONFIG_PARSE_LIMITS });
  if (!parsed.ok) return fail(parsed.diagnostic.message, parsed.diagnostic.line, parsed.diagnostic.column);
  const value = parsed.value ?? Object.create(null);
  let problems = schemaProblems(value);
  if (problems.length === 0) problems = semanticProblems(value);
  if (problems.length > 0) {
    const diagnostics = problems.map((problem) => {
      const path = problemPath(problem);
      return configError(shown, `${keyPath(path)}: ${problem.message}`, lineAt(value, parsed.lines, path));
    });
    return { policy: defaultPolicy(), diagnostics: sortByLine(diagnostics) };
  }
  // parsed.warnings (YAML 1.1 readings such as `off` or a bare date) are dropped: spof reads its own
  // config as YAML 1.2 core only, where `severity: off` and `expires: 2027-03-31` are the strings meant.
  return { policy: toPolicy(value, shown, parsed.lines), diagnostics: [] };
}

function problemPath(problem: SchemaProblem): Array<string | number> {
  return problem.key === undefined ? problem.path : [...problem.path, problem.key];
}

function configError(file: string, message: string, line?: number, column?: number): Diagnostic {
  const diagnostic: Diagnostic = { code: 'config-error', level: 'error', message, file };
  if (line !== undefined) diagnostic.line = line;
  if (column !== undefined) diagnostic.column = column;
  return diagnostic;
}

function sortByLine(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || a.i - b.i)
    .map(({ d }) => d);
}
