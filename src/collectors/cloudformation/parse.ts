import { type ParseAllOutcome, parseJson, parseYamlAll } from '../read/index.js';
import { CLOUDFORMATION_SCHEMA } from './schema.js';

/**
 * Parses a file that may hold a template, as a list of documents: `.json`
 * files and `.template` files that open with `{` are JSON (one document,
 * duplicate keys detected); the rest is a YAML stream with the CloudFormation
 * tags, so a multi-document Kubernetes file is read rather than rejected.
 */
export function parseDocuments(file: string, text: string): ParseAllOutcome {
  const name = file.toLowerCase();
  const json = name.endsWith('.json') || (name.endsWith('.template') && text.trimStart().startsWith('{'));
  if (!json) return parseYamlAll(text, { file, schema: CLOUDFORMATION_SCHEMA });
  const parsed = parseJson(text, { file });
  return parsed.ok ? { ...parsed, value: [parsed.value] } : parsed;
}
