import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectorInput, FolderOutcome as TerraformOutcome } from '../../../src/collectors/collector.js';
import { terraform } from '../../../src/collectors/terraform/index.js';

export const FIXTURES = 'test/collectors/terraform/fixtures';

/** Reads every file of a fixture folder as the discovery stage would hand it over. */
export function folderInputs(name: string): CollectorInput[] {
  const folder = `${FIXTURES}/${name}`;
  return readdirSync(folder)
    .sort()
    .map((file) => ({ file: `${folder}/${file}`, text: readFileSync(join(folder, file), 'utf8') }));
}

export function collectFixture(name: string): Promise<TerraformOutcome> {
  return terraform.collectFolder(`${FIXTURES}/${name}`, folderInputs(name));
}

/** Collects one in-memory folder `m` from file name → text. */
export function collectTexts(files: Record<string, string>): Promise<TerraformOutcome> {
  const inputs = Object.entries(files).map(([name, text]) => ({ file: `m/${name}`, text }));
  return terraform.collectFolder('m', inputs);
}

/** The 1-based line of the first line of `file` that contains `needle`. */
export function lineOf(file: string, needle: string): number {
  const index = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`${needle} not in ${file}`);
  return index + 1;
}
