import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/** The shipped JSON Schema of `spof.yml`; `src/config` and `dist/config` both sit two levels below the package. */
export const CONFIG_SCHEMA_URL = new URL('../../schemas/spof.schema.json', import.meta.url);

let compiled: ValidateFunction | undefined;

/** Compiles the schema once; `x-message` is our annotation holding a human wording of a pattern. */
function validator(): ValidateFunction {
  if (compiled === undefined) {
    const schema = JSON.parse(readFileSync(CONFIG_SCHEMA_URL, 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
    ajv.addVocabulary(['x-message']);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** One schema violation: where (as path segments) and what, in our words. */
export interface SchemaProblem {
  path: Array<string | number>;
  /** Set when the problem is a key that should not be there or is missing: the key itself. */
  key?: string;
  message: string;
}

/** Validates a parsed config against the schema, one problem per violation. */
export function schemaProblems(value: unknown): SchemaProblem[] {
  const validate = validator();
  if (validate(value)) return [];
  const problems = (validate.errors ?? []).map(toProblem).filter((p): p is SchemaProblem => p !== undefined);
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const id = `${problem.path.join('\0')}\0${problem.key ?? ''}\0${problem.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function toProblem(error: ErrorObject): SchemaProblem | undefined {
  const path = pointerSegments(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { path, key: String(params.additionalProperty), message: 'unknown key' };
    case 'required':
      return { path, key: String(params.missingProperty), message: 'is required' };
    case 'propertyNames':
      // Ajv also reports the inner failure (pattern) at the same key, with our wording.
      return undefined;
    case 'enum':
      return { path, message: `must be one of ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'const':
      return { path, message: `must be ${String(params.allowedValue)}` };
    case 'type':
      return { path, message: `must be ${article(String(params.type))}` };
    case 'pattern': {
      const custom = (error.parentSchema as Record<string, unknown> | undefined)?.['x-message'];
      const propertyName = (error as { propertyName?: string }).propertyName;
      const message = typeof custom === 'string' ? custom : `must match ${String(params.pattern)}`;
      return propertyName === undefined ? { path, message } : { path, key: propertyName, message };
    }
    case 'minLength':
      return { path, message: 'must not be empty' };
    case 'uniqueItems':
      return { path, message: 'must not list the same value twice' };
    default:
      return { path, message: error.message ?? `fails ${error.keyword}` };
  }
}

function article(type: string): string {
  if (type === 'object') return 'a mapping';
  if (type === 'array') return 'a list';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** `/rules/single-nat-gateway/severity` → segments, array indices as numbers. */
function pointerSegments(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}
