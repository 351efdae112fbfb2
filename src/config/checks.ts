import type { SchemaProblem } from './schema.js';

/** Checks the schema cannot express: real calendar dates, unique entry names. */
export function semanticProblems(raw: unknown): SchemaProblem[] {
  const config = raw as {
    entries?: Array<{ name: string }>;
    suppressions?: Array<{ expires: string }>;
  };
  const problems: SchemaProblem[] = [];
  (config.suppressions ?? []).forEach((suppression, index) => {
    if (!isCalendarDate(suppression.expires)) {
      problems.push({ path: ['suppressions', index, 'expires'], message: 'is not a calendar date' });
    }
  });
  const seen = new Set<string>();
  (config.entries ?? []).forEach((entry, index) => {
    if (seen.has(entry.name))
      problems.push({ path: ['entries', index, 'name'], message: 'repeats an earlier entry name' });
    seen.add(entry.name);
  });
  return problems;
}

/** True for a YYYY-MM-DD string naming a day that exists (no 2027-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
