import { CORE_SCHEMA } from 'js-yaml';
import { type ParseAllOutcome, parseJson, parseYamlAll } from '../read/index.js';

/**
 * Parses a manifest file as a list of documents: `.json` is one JSON value
 * (duplicate keys detected); the rest is a YAML stream (`---` separated, as
 * `helm template` and `kustomize build` print it). CORE_SCHEMA, as
 * Kubernetes has no timestamps (a date stays a string); the reading layer
 * adds `<<` merge keys and flags YAML 1.1 / 1.2 ambiguities (`replicas: 010`).
 */
export function parseManifests(file: string, text: string): ParseAllOutcome {
  if (!file.toLowerCase().endsWith('.json')) return parseYamlAll(text, { file, schema: CORE_SCHEMA });
  const parsed = parseJson(text, { file });
  return parsed.ok ? { ...parsed, value: [parsed.value] } : parsed;
}
