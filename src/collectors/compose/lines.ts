import type { ValueMap } from '../../model/value.js';
import type { LineIndex } from '../read/index.js';
import { field, isRawMap } from './values.js';

/** Lines of one container's keys (or items), as a fact value. */
function linesOf(container: object, keys: ReadonlyArray<string | number>, lines: LineIndex): ValueMap {
  const result: ValueMap = Object.create(null);
  for (const key of keys) {
    const line = lines.lineOf(container, key);
    if (line !== undefined) result[String(key)] = line;
  }
  return result;
}

/** `KEY` of a `KEY=VALUE` list item; the value never leaves this function. */
export function environmentKey(item: unknown): string | undefined {
  if (typeof item !== 'string') return undefined;
  const equals = item.indexOf('=');
  return equals < 0 ? item : item.slice(0, equals);
}

/** Lines of the entries of a list-or-map setting, keyed by name (`depends_on` targets, environment keys). */
function namedEntryLines(value: unknown, lines: LineIndex, nameOf: (item: unknown) => string | undefined) {
  if (isRawMap(value)) return linesOf(value, Object.keys(value), lines);
  const result: ValueMap = Object.create(null);
  if (!Array.isArray(value)) return result;
  value.forEach((item, index) => {
    const name = nameOf(item);
    const line = lines.lineOf(value, index);
    if (name !== undefined && line !== undefined && !Object.hasOwn(result, name)) result[name] = line;
  });
  return result;
}

function indexLines(value: unknown, lines: LineIndex): ValueMap {
  return Array.isArray(value)
    ? linesOf(
        value,
        value.map((_, index) => index),
        lines,
      )
    : Object.create(null);
}

/**
 * Where the parts of one service are written, so the normalizer (which sees
 * values, not text) can point at the exact line of a `depends_on` target, an
 * environment variable, a volume or a port. Keys only, never values.
 */
export function serviceLines(service: Record<string, unknown>, lines: LineIndex): ValueMap {
  const result: ValueMap = Object.create(null);
  result.keys = linesOf(service, Object.keys(service), lines);
  result.depends_on = namedEntryLines(field(service, 'depends_on'), lines, (item) =>
    typeof item === 'string' ? item : undefined,
  );
  result.environment = namedEntryLines(field(service, 'environment'), lines, environmentKey);
  result.volumes = indexLines(field(service, 'volumes'), lines);
  result.ports = indexLines(field(service, 'ports'), lines);
  return result;
}
