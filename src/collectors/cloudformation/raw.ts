/** A parsed map (null prototype, from the reading layer): only its own keys are read. */
export type RawMap = Record<string, unknown>;

export function isRawMap(value: unknown): value is RawMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own entry of a parsed map, or undefined. */
export function field(container: RawMap, key: string): unknown {
  return Object.hasOwn(container, key) ? container[key] : undefined;
}
