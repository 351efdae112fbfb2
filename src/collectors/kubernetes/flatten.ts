import { field, isRawMap, type RawMap } from '../cloudformation/raw.js';
import type { LineIndex } from '../read/index.js';

/** One object of a manifest file, with the line of its `kind:` key (or its first line). */
export interface ManifestEntry {
  value: unknown;
  line: number | undefined;
  /** The List the entry came from, so a typed list (`DeploymentList`) can lend its kind. */
  list?: RawMap;
}

/** `List`, or a typed list such as `DeploymentList`, holding `items`. */
function isList(value: unknown): value is RawMap {
  if (!isRawMap(value)) return false;
  const kind = field(value, 'kind');
  return typeof kind === 'string' && kind.endsWith('List') && Array.isArray(field(value, 'items'));
}

function lineOfObject(value: unknown, lines: LineIndex): number | undefined {
  if (!isRawMap(value)) return undefined;
  const kind = lines.lineOf(value, 'kind');
  if (kind !== undefined) return kind;
  const first = Object.keys(value)[0];
  return first === undefined ? undefined : lines.lineOf(value, first);
}

/**
 * Every object of a file in document order: empty documents dropped (what
 * `helm template` leaves between `---`), Lists flattened into their items.
 * A List inside a List is read too, with an explicit stack.
 */
export function flattenDocuments(documents: readonly unknown[], lines: LineIndex): ManifestEntry[] {
  const entries: ManifestEntry[] = [];
  const stack: ManifestEntry[] = documents
    .filter((document) => document !== null && document !== undefined)
    .map((document) => ({ value: document, line: lineOfObject(document, lines) }))
    .reverse();
  while (stack.length > 0) {
    const entry = stack.pop() as ManifestEntry;
    if (!isList(entry.value)) {
      entries.push(entry);
      continue;
    }
    const list = entry.value;
    const items = field(list, 'items') as unknown[];
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i];
      const line = lineOfObject(item, lines) ?? lines.lineOf(items, i) ?? entry.line;
      stack.push({ value: item, line, list });
    }
  }
  return entries;
}
