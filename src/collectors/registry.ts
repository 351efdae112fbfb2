import { cloudformation } from './cloudformation/index.js';
import type { Collector, FolderCollector } from './collector.js';
import { compose } from './compose/index.js';
import { kubernetes } from './kubernetes/index.js';
import { terraform } from './terraform/index.js';

/** Every collector, sorted by id. Adding a format is one folder and one line here. */
export const COLLECTORS: readonly Collector[] = [cloudformation, compose, kubernetes].sort((a, b) =>
  a.id < b.id ? -1 : 1,
);

/** Collectors whose unit is a folder of files (a Terraform module), sorted by id. */
export const FOLDER_COLLECTORS: readonly FolderCollector[] = [terraform];

/** Every file ending any collector reads, for file discovery. */
export function collectedExtensions(): string[] {
  const all = [...COLLECTORS, ...FOLDER_COLLECTORS].flatMap((collector) => collector.extensions);
  return [...new Set(all)].sort();
}

/** The folder collector that claims this file (`main.tf`, `x.tf.json`, `terraform.tfvars`), before any per-file one. */
export function folderCollectorFor(file: string): FolderCollector | undefined {
  const name = file.toLowerCase();
  return FOLDER_COLLECTORS.find((collector) =>
    collector.extensions.some((extension) => name.endsWith(extension)),
  );
}

/** The collectors that read files with this name, in registry order. */
export function collectorsFor(file: string): Collector[] {
  const name = file.toLowerCase();
  return COLLECTORS.filter((collector) => collector.extensions.some((extension) => name.endsWith(extension)));
}
