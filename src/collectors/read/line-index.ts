/**
 * Where the keys of a parsed map, or the items of a parsed sequence, start in
 * the source. Containers are the objects and arrays of the parse result.
 */
export interface LineIndex {
  /** The 1-based line where `key` of `container` (or item `key` of an array) starts; undefined when unknown. */
  lineOf(container: object, key: string | number): number | undefined;
}

/** A LineIndex that parsers fill while they build the tree. */
export class MutableLineIndex implements LineIndex {
  private readonly lines = new WeakMap<object, Map<string | number, number>>();

  lineOf(container: object, key: string | number): number | undefined {
    return this.lines.get(container)?.get(key);
  }

  /** Records the line of one key; the first record for a key wins. */
  set(container: object, key: string | number, line: number): void {
    let keys = this.lines.get(container);
    if (keys === undefined) {
      keys = new Map();
      this.lines.set(container, keys);
    }
    if (!keys.has(key)) keys.set(key, line);
  }

  /** All recorded lines of one container, or undefined. */
  linesOf(container: object): ReadonlyMap<string | number, number> | undefined {
    return this.lines.get(container);
  }

  /** Moves the lines of `from` to `to` (used when a tree is copied into null-prototype objects). */
  transfer(from: object, to: object, into: MutableLineIndex): void {
    const keys = this.lines.get(from);
    if (keys !== undefined) into.lines.set(to, keys);
  }
}
