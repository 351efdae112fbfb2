import type { OptionIssue, RawOptions } from './types.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own enumerable keys only (never `for...in`), so a `__proto__` key is just a key. */
export function ownEntries(value: Record<string, unknown>): Array<[string, unknown]> {
  return Object.keys(value).map((key) => [key, value[key]]);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

/**
 * Reads a check's options strictly: each accessor records the key as known and
 * pushes an issue for a wrong type; `done()` reports every key nobody asked for.
 */
export class OptionReader {
  private readonly known = new Set<string>();

  constructor(
    private readonly raw: RawOptions,
    private readonly issues: OptionIssue[],
    private readonly prefix = 'options',
  ) {}

  private path(key: string): string {
    return `${this.prefix}.${key}`;
  }

  private take(key: string, required: boolean): unknown {
    this.known.add(key);
    const value = Object.hasOwn(this.raw, key) ? this.raw[key] : undefined;
    if (value === undefined && required) this.issues.push({ key: this.path(key), problem: 'is required' });
    return value;
  }

  /** The value at `key` when `accepts` takes it; otherwise an issue saying what it must be. */
  private typed<T>(
    key: string,
    required: boolean,
    accepts: (value: unknown) => value is T,
    mustBe: string,
  ): T | undefined {
    const value = this.take(key, required);
    if (value === undefined) return undefined;
    if (accepts(value)) return value;
    this.issues.push({ key: this.path(key), problem: `must be ${mustBe}` });
    return undefined;
  }

  has(key: string): boolean {
    return Object.hasOwn(this.raw, key);
  }

  string(key: string, required: boolean, allowed?: readonly string[]): string | undefined {
    const value = this.typed(key, required, isNonEmptyString, 'a non-empty string');
    if (value === undefined) return undefined;
    if (allowed && !allowed.includes(value)) {
      this.issues.push({ key: this.path(key), problem: `must be one of ${allowed.join(', ')}` });
      return undefined;
    }
    return value;
  }

  stringList(key: string, required: boolean, allowed?: readonly string[]): string[] | undefined {
    const value = this.take(key, required);
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.length === 0) {
      this.issues.push({ key: this.path(key), problem: 'must be a non-empty list of strings' });
      return undefined;
    }
    const out: string[] = [];
    value.forEach((item: unknown, index) => {
      if (typeof item !== 'string' || (allowed && !allowed.includes(item))) {
        const expected = allowed ? `one of ${allowed.join(', ')}` : 'a string';
        this.issues.push({ key: `${this.path(key)}[${index}]`, problem: `must be ${expected}` });
      } else out.push(item);
    });
    return out;
  }

  number(key: string, required: boolean): number | undefined {
    return this.typed(key, required, isFiniteNumber, 'a finite number');
  }

  boolean(key: string, required: boolean): boolean | undefined {
    return this.typed(key, required, isBoolean, 'true or false');
  }

  /** A nested map, read by its own reader (call its `done()`). */
  map(key: string, required: boolean): OptionReader | undefined {
    const value = this.typed(key, required, isRecord, 'a mapping');
    return value === undefined ? undefined : new OptionReader(value, this.issues, this.path(key));
  }

  /** A list of maps, each with its own reader. */
  mapList(key: string, required: boolean): OptionReader[] {
    const value = this.take(key, required);
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.length === 0) {
      this.issues.push({ key: this.path(key), problem: 'must be a non-empty list of mappings' });
      return [];
    }
    const readers: OptionReader[] = [];
    value.forEach((item: unknown, index) => {
      const at = `${this.path(key)}[${index}]`;
      if (isRecord(item)) readers.push(new OptionReader(item, this.issues, at));
      else this.issues.push({ key: at, problem: 'must be a mapping' });
    });
    return readers;
  }

  /** Keys of this map with their raw values, all marked known. */
  entries(): Array<[string, unknown]> {
    const entries = ownEntries(this.raw);
    for (const [key] of entries) this.known.add(key);
    return entries;
  }

  /** A path under this reader, for issues found by the caller. */
  issue(key: string, problem: string): void {
    this.issues.push({ key: this.path(key), problem });
  }

  done(): void {
    for (const key of Object.keys(this.raw).sort()) {
      if (!this.known.has(key)) this.issues.push({ key: this.path(key), problem: 'is not a known option' });
    }
  }
}

/** The `parse` of a check that takes no options: every key given is reported as unknown. */
export function noOptions(raw: RawOptions, issues: OptionIssue[]): Record<string, never> {
  new OptionReader(raw, issues).done();
  return {};
}
