// docker compose files (Compose specification, https://github.com/compose-spec/compose-spec/blob/main/spec.md).

import type { Diagnostic } from '../../model/diagnostic.js';
import type { Collector, CollectorInput, CollectorOutcome } from '../collector.js';
import { parseYamlAll } from '../read/index.js';
import { composeFileRole } from './names.js';
import { readProject } from './read-project.js';
import { COMPOSE_SCHEMA } from './schema.js';
import { field, isRawMap } from './values.js';

/** Cheap test before parsing: a compose file has a top-level `services` key. */
function mightBeCompose(text: string): boolean {
  return /^["']?services["']?\s*:/m.test(text);
}

/** A parsed document is a compose file when its top level holds a `services` map. */
function isCompose(value: unknown): boolean {
  return isRawMap(value) && isRawMap(field(value, 'services'));
}

function collectCompose(input: CollectorInput): CollectorOutcome {
  if (composeFileRole(input.file) === undefined) return { status: 'not-applicable' };
  const parsed = parseYamlAll(input.text, { file: input.file, schema: COMPOSE_SCHEMA });
  if (!parsed.ok)
    return { status: 'skipped', reason: parsed.diagnostic.code, diagnostics: [parsed.diagnostic] };
  const composeDocuments = parsed.value.filter(isCompose);
  if (composeDocuments.length === 0) return { status: 'not-applicable' };
  const diagnostics: Diagnostic[] = [...parsed.warnings];
  if (parsed.value.length > 1) {
    const message = 'a compose file must be a single YAML document';
    diagnostics.push({ code: 'parse-error', level: 'error', message, file: input.file });
    return { status: 'skipped', reason: 'parse-error', diagnostics };
  }
  const top = composeDocuments[0] as Record<string, unknown>;
  const read = readProject(top, input.file, parsed.lines);
  diagnostics.push(...read.diagnostics);
  const document = { format: 'compose', file: input.file, unit: read.project, resources: read.resources };
  return { status: 'analysed', document, diagnostics };
}

/**
 * docker compose: `compose.yaml`, `docker-compose.yml`, overrides
 * (`compose.override.yaml`, `docker-compose.prod.yml`) and named stacks
 * (`shop.compose.yaml`). Overrides put a word between `compose` and the
 * extension, which no file ending can express, so every YAML file reaches
 * `collect`, which declines by name before parsing anything else.
 */
export const compose: Collector = {
  id: 'compose',
  title: 'docker compose file',
  extensions: ['.yaml', '.yml'],
  detectText: mightBeCompose,
  detectValue: isCompose,
  collect: collectCompose,
};
