import { cloudformation } from './cloudformation/index.js';
import type { Collector } from './collector.js';
import { compose } from './compose/index.js';
import { kubernetes } from './kubernetes/index.js';

/** Every collector, sorted by id. Adding a format is one folder and one line here. */
export const COLLECTORS: readonly Collector[] = [cloudformation, compose, kubernetes].sort((a, b) =>
  a.id < b.id ? -1 : 1,
);

/** Every file ending any collector reads, for file discovery. */
export function collectedExtensions(): string[] {
  return [...new Set(COLLECTORS.flatMap((collector) => collector.extensions))].sort();
}

/** The collectors that read files with this name, in registry order. */
export function collectorsFor(file: string): Collector[] {
  const name = file.toLowerCase();
  return COLLECTORS.filter((collector) => collector.extensions.some((extension) => name.endsWith(extension)));
}
