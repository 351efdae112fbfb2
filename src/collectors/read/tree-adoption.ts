import { MutableLineIndex } from './line-index.js';

/** The parsed tree copied into null-prototype objects, or why the copy stopped. */
export type AdoptionOutcome =
  | { ok: true; value: unknown; lines: MutableLineIndex }
  | { ok: false; reason: 'node-limit' | 'cycle' };

interface Frame {
  source: object;
  keys: string[] | null;
  values: unknown[];
  index: number;
  visits: number;
}

interface Adopted {
  copy: object;
  visits: number;
}

/**
 * Copies a parsed tree so every plain object becomes a null-prototype object
 * (a `__proto__` key stays a key), and counts the visits a full walk of it
 * would make, each shared reference counted every time it is reached. A node
 * reached again is copied once and its visit count reused, so the count of an
 * alias bomb (billions of visits) is known after a few hundred steps. Class
 * instances (a custom tag's values) are kept as they are and counted once.
 * Iterative: input-controlled depth never touches the call stack.
 */
export function adoptTree(root: unknown, rawLines: MutableLineIndex, maxNodes: number): AdoptionOutcome {
  const lines = new MutableLineIndex();
  if (!isContainer(root))
    return maxNodes >= 1 ? { ok: true, value: root, lines } : { ok: false, reason: 'node-limit' };
  const adopted = new Map<object, Adopted>();
  const open = new Set<object>([root]);
  const stack: Frame[] = [frameOf(root)];
  let result: Adopted | undefined;
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    if (top.index < top.values.length) {
      const child = top.values[top.index];
      if (!isContainer(child)) {
        top.visits += 1;
        top.index += 1;
      } else if (adopted.has(child)) {
        top.visits += (adopted.get(child) as Adopted).visits;
        top.index += 1;
      } else if (open.has(child)) {
        return { ok: false, reason: 'cycle' };
      } else {
        open.add(child);
        stack.push(frameOf(child));
        continue;
      }
      if (top.visits >= maxNodes) return { ok: false, reason: 'node-limit' };
      continue;
    }
    stack.pop();
    open.delete(top.source);
    const done: Adopted = { copy: copyOf(top, adopted), visits: top.visits + 1 };
    rawLines.transfer(top.source, done.copy, lines);
    adopted.set(top.source, done);
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      result = done;
    } else {
      parent.visits += done.visits;
      parent.index += 1;
      if (parent.visits >= maxNodes) return { ok: false, reason: 'node-limit' };
    }
  }
  if (result === undefined || result.visits > maxNodes) return { ok: false, reason: 'node-limit' };
  return { ok: true, value: result.copy, lines };
}

/** Arrays and objects whose prototype is Object.prototype or null; anything else is a class instance. */
function isContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function frameOf(source: object): Frame {
  if (Array.isArray(source)) return { source, keys: null, values: source, index: 0, visits: 0 };
  const keys = Object.keys(source);
  const record = source as Record<string, unknown>;
  // Own keys only: a `__proto__` own property shadows the accessor, so this reads the key's value.
  const values = keys.map((key) => record[key]);
  return { source, keys, values, index: 0, visits: 0 };
}

function copyOf(frame: Frame, adopted: Map<object, Adopted>): object {
  const copies = frame.values.map((value) =>
    isContainer(value) ? (adopted.get(value) as Adopted).copy : value,
  );
  if (frame.keys === null) return copies;
  const copy: Record<string, unknown> = Object.create(null);
  frame.keys.forEach((key, i) => {
    copy[key] = copies[i];
  });
  return copy;
}
