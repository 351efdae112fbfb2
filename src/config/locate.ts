import type { LineIndex } from '../collectors/read/index.js';

/** `rules.single-nat-gateway.severity`, `suppressions[0].expires`. */
export function keyPath(path: ReadonlyArray<string | number>): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text === '' ? '(top level)' : text;
}

/** The value at `path` inside `root`, or undefined when the path leaves the tree. */
function valueAt(root: unknown, path: ReadonlyArray<string | number>): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/**
 * The 1-based line of the last segment of `path` (the key or item that holds
 * the value). Falls back to the closest enclosing key, then to line 1.
 */
export function lineAt(root: unknown, lines: LineIndex, path: ReadonlyArray<string | number>): number {
  for (let length = path.length; length > 0; length--) {
    const container = valueAt(root, path.slice(0, length - 1));
    const key = path[length - 1];
    if (typeof container === 'object' && container !== null && key !== undefined) {
      const line = lines.lineOf(container, key);
      if (line !== undefined) return line;
    }
  }
  return 1;
}
