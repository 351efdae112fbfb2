import { UnknownValue } from '../../model/value.js';

// Placeholders for `$` that is literal text (`$$`, or text a default brought in), so it is never read as a variable.
const LITERAL_DOLLAR = '\u0000';
const INNERMOST = /\$\{([^${}]*)\}/;
const BARE = /\$([A-Za-z_][A-Za-z0-9_]*)/;
const MAX_STEPS = 1000;

/** One `${...}` body: the variable, and the default compose uses when it is unset. */
function defaultOf(body: string): { name: string; fallback?: string } {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?(.*)$/s.exec(body);
  if (match === null) return { name: '(malformed)' };
  const name = match[1] as string;
  const operator = match[2];
  // `:-` and `-` give a default; `?` fails when unset, `+` substitutes only when set: neither is known here.
  if (operator === ':-' || operator === '-') return { name, fallback: match[3] as string };
  return { name };
}

/**
 * Compose variable interpolation (Compose specification, "Interpolation")
 * without an environment: `${VAR:-default}` and `${VAR-default}` take their
 * default, nested ones included; anything else that needs a variable makes
 * the whole string unknown. `$$` is a literal `$`. The process environment is
 * never read: a scan must not depend on the machine that runs it.
 */
export function interpolate(text: string): string | UnknownValue {
  if (!text.includes('$')) return text;
  let current = text.replaceAll('$$', LITERAL_DOLLAR);
  const unset = new Set<string>();
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const match = INNERMOST.exec(current);
    if (match === null) break;
    const { name, fallback } = defaultOf(match[1] as string);
    if (fallback === undefined) unset.add(name);
    const replacement = (fallback ?? '').replaceAll('$', LITERAL_DOLLAR);
    current = current.slice(0, match.index) + replacement + current.slice(match.index + match[0].length);
  }
  if (INNERMOST.test(current)) return new UnknownValue('interpolation nested too deeply');
  for (const bare of current.matchAll(new RegExp(BARE, 'g'))) unset.add(bare[1] as string);
  if (unset.size > 0) {
    const names = [...unset].sort().join(', ');
    return new UnknownValue(`set from the environment (${names})`);
  }
  return current.replaceAll(LITERAL_DOLLAR, '$');
}
