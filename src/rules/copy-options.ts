import { isRecord, ownEntries } from './options.js';

/** Most values an options tree may hold: YAML aliases can make a small file a huge tree. */
export const OPTIONS_VISIT_BUDGET = 100_000;

/**
 * Deep copy of plain YAML data into null-prototype maps, iteratively (depth is
 * input-controlled). Throws a RangeError past OPTIONS_VISIT_BUDGET values.
 */
export function toNullPrototype(value: unknown): unknown {
  const root: { value: unknown } = { value: undefined };
  let visits = 0;
  const stack: Array<{ source: unknown; assign: (copy: unknown) => void }> = [
    { source: value, assign: (copy) => (root.value = copy) },
  ];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { source, assign } = item;
    visits += 1;
    if (visits > OPTIONS_VISIT_BUDGET) throw new RangeError('options exceed the visit budget');
    if (Array.isArray(source)) {
      const copy: unknown[] = new Array(source.length);
      assign(copy);
      source.forEach((element: unknown, index) => {
        stack.push({ source: element, assign: (c) => (copy[index] = c) });
      });
    } else if (isRecord(source)) {
      const copy: Record<string, unknown> = Object.create(null);
      assign(copy);
      for (const [key, element] of ownEntries(source))
        stack.push({ source: element, assign: (c) => (copy[key] = c) });
    } else assign(source);
  }
  return root.value;
}

/** Overlays policy options on a rule's own, key by key at the top level. */
export function mergeOptions(base: Record<string, unknown>, overlay: Record<string, unknown> | undefined) {
  const merged: Record<string, unknown> = Object.create(null);
  for (const [key, value] of ownEntries(base)) merged[key] = value;
  if (overlay) for (const [key, value] of ownEntries(overlay)) merged[key] = toNullPrototype(value);
  return merged;
}
