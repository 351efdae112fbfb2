import type { Value } from '../model/value.js';
import { asList, asMap, asString } from './values.js';

/** Tags as a CloudFormation list of `{Key, Value}` or as a map; only known string values. */
export function readTags(value: Value | undefined): Record<string, string> {
  const found = new Map<string, string>();
  const map = asMap(value);
  if (map !== undefined) {
    for (const key of Object.keys(map)) {
      const text = asString(map[key]);
      if (text !== undefined) found.set(key, text);
    }
  }
  for (const item of asList(value)) {
    const entry = asMap(item);
    const key = asString(entry?.Key);
    const text = asString(entry?.Value);
    if (key !== undefined && text !== undefined) found.set(key, text);
  }
  // Null prototype: a tag named `__proto__` stays a tag.
  const tags: Record<string, string> = Object.create(null);
  for (const key of [...found.keys()].sort()) tags[key] = found.get(key) as string;
  return tags;
}
