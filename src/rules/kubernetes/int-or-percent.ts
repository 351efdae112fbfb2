/**
 * Kubernetes IntOrString fields (`maxUnavailable`, `minAvailable`) as a count
 * of pods out of `total`. Percentages round up for disruption budgets and
 * down for a rolling update's maxUnavailable, as the controllers do.
 * Undefined for anything that is neither a whole number nor `N%`.
 */
export function resolveIntOrPercent(
  value: string | number | undefined,
  total: number,
  rounding: 'up' | 'down',
): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (!percent) return undefined;
  const share = (Number(percent[1]) * total) / 100;
  return rounding === 'up' ? Math.ceil(share) : Math.floor(share);
}

/** `100%` or more as written: every pod, whatever the count. */
export function isWholePercent(value: string | number | undefined): boolean {
  if (typeof value !== 'string') return false;
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(value.trim());
  return percent !== null && Number(percent[1]) >= 100;
}
