/** Reading inputs safely: discovery, bounded reads, and parsers with limits and line numbers. */

export type { CoverageEntry } from '../../model/coverage.js';
export type { Diagnostic } from '../../model/diagnostic.js';
export { DEFAULT_EXTENSIONS, type DiscoverOptions, discoverFiles } from './discover.js';
export type { DiscoveredFile, Discovery } from './discovered-file.js';
export { DEFAULT_LIMITS, DEFAULT_PARSE_LIMITS, type ParseLimits, type ReadLimits } from './limits.js';
export type { LineIndex } from './line-index.js';
export { type JsonParseOptions, parseJson } from './parse-json.js';
export type { ParseAllOutcome, ParseOutcome } from './parse-outcome.js';
export { parseYaml, parseYamlAll, type YamlParseOptions } from './parse-yaml.js';
export { type ReadOutcome, readText } from './read-text.js';
