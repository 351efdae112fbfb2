import { DEFAULT_SCHEMA, type LoadOptions, loadAll, type Schema } from 'js-yaml';
import type { Diagnostic } from '../../model/diagnostic.js';
import { yaml11Reading } from './ambiguous-scalars.js';
import { type ParseLimits, resolveParseLimits } from './limits.js';
import { MutableLineIndex } from './line-index.js';
import type { ParseAllOutcome, ParseOutcome } from './parse-outcome.js';
import { readError, readWarning } from './read-diagnostic.js';
import { adoptTree } from './tree-adoption.js';
import { findExcessiveYamlDepth } from './yaml-depth.js';
import { yamlFailure } from './yaml-errors.js';
import { createPositionListener } from './yaml-positions.js';
import { prepareSchema } from './yaml-schema.js';

/** How to parse one YAML file. */
export interface YamlParseOptions {
  /** Repo-relative path, for diagnostics. */
  file: string;
  /**
   * js-yaml schema with the format's custom tags; js-yaml's DEFAULT_SCHEMA when unset. Unknown tags are
   * errors. `<<` merge keys are added when the schema lacks them.
   */
  schema?: Schema;
  limits?: Partial<ParseLimits>;
}

/** Parses a single-document YAML file; more than one document is a `parse-error`. An empty file gives `undefined`. */
export function parseYaml(text: string, options: YamlParseOptions): ParseOutcome {
  const loaded = loadYaml(text, options);
  if (!loaded.ok) return loaded;
  if (loaded.value.length > 1) {
    const line = secondDocumentLine(text);
    const position = line === undefined ? {} : { line };
    const message = `expected one YAML document, found ${loaded.value.length}`;
    return { ok: false, diagnostic: readError('parse-error', message, options.file, position) };
  }
  return { ...loaded, value: loaded.value[0] };
}

/** Parses every document of a YAML stream (`---` separated), one value per document. */
export function parseYamlAll(text: string, options: YamlParseOptions): ParseAllOutcome {
  return loadYaml(text, options);
}

function loadYaml(text: string, options: YamlParseOptions): ParseAllOutcome {
  const { file } = options;
  const limits = resolveParseLimits(options.limits);
  const tooDeepAt = findExcessiveYamlDepth(text, limits.maxDepth);
  if (tooDeepAt !== undefined) {
    const message = `nesting is deeper than the limit of ${limits.maxDepth} levels`;
    return { ok: false, diagnostic: readError('depth-limit', message, file, { line: tooDeepAt }) };
  }
  const rawLines = new MutableLineIndex();
  const warnings: Diagnostic[] = [];
  const listener = createPositionListener(rawLines, (scalar) => {
    const reading = yaml11Reading(scalar.raw);
    if (reading === undefined) return;
    const message = `an unquoted value is ${reading}; quote it or write it so both read it the same way`;
    warnings.push(
      readWarning('ambiguous-scalar', message, file, { line: scalar.line, column: scalar.column }),
    );
  });
  // js-yaml's own depth guard backs up the pre-scan: a leaf scalar sits one level below its collection.
  const loadOptions: LoadOptions & { maxDepth: number } = { listener, maxDepth: limits.maxDepth + 1 };
  loadOptions.schema = prepareSchema(options.schema ?? DEFAULT_SCHEMA);
  const documents: unknown[] = [];
  try {
    loadAll(text, (document) => documents.push(document), loadOptions);
  } catch (error) {
    return { ok: false, diagnostic: yamlFailure(error, file, text) };
  }
  const adopted = adoptTree(documents, rawLines, limits.maxNodes + 1);
  if (!adopted.ok) {
    const message =
      adopted.reason === 'cycle'
        ? 'an alias refers to a collection that contains it'
        : `aliases expand to more than ${limits.maxNodes} values`;
    return { ok: false, diagnostic: readError('alias-limit', message, file) };
  }
  return { ok: true, value: adopted.value as unknown[], lines: adopted.lines, warnings };
}

/** The line of the `---` that starts a second document, for the one-document error. */
function secondDocumentLine(text: string): number | undefined {
  const lines = text.split('\n');
  let seenContent = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (/^---(\s|$)/.test(line)) {
      if (seenContent) return i + 1;
      seenContent = line.slice(3).trim() !== '' && !line.slice(3).trim().startsWith('#');
    } else if (line.trim() !== '' && !line.trimStart().startsWith('#') && !line.startsWith('%')) {
      seenContent = true;
    }
  }
  return undefined;
}
