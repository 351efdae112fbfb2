import type { Diagnostic } from '../../model/diagnostic.js';
import type { ResourceFact } from '../../model/facts.js';
import { isValueMap, type Value, type ValueMap } from '../../model/value.js';
import type { LineIndex } from '../read/index.js';
import { serviceLines } from './lines.js';
import { baseName, composeFileRole, distinctivePart, folderName, folderOf, projectGuess } from './names.js';
import { field, isRawMap, toValue } from './values.js';

/** What one compose file holds: its facts and the problems found reading it. */
export interface ReadProject {
  project: string;
  resources: ResourceFact[];
  diagnostics: Diagnostic[];
}

interface Reader {
  file: string;
  lines: LineIndex;
  diagnostics: Diagnostic[];
}

function report(
  reader: Reader,
  level: Diagnostic['level'],
  code: Diagnostic['code'],
  message: string,
  line?: number,
) {
  const diagnostic: Diagnostic = { code, level, message, file: reader.file };
  if (line !== undefined) diagnostic.line = line;
  reader.diagnostics.push(diagnostic);
}

/** Names of the services a `depends_on` list or map waits for. */
export function dependencyNames(value: unknown): string[] {
  if (isRawMap(value)) return Object.keys(value);
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is string => typeof item === 'string');
}

function fact(
  reader: Reader,
  type: string,
  id: string,
  properties: ValueMap,
  line: number,
  dependsOn: string[] = [],
) {
  const location = { file: reader.file, line };
  return { format: 'compose', id, type, properties, dependsOn, location } satisfies ResourceFact;
}

/** A setting's value as a map; an empty one for `name:` with nothing under it. */
function asMap(value: Value): ValueMap {
  return isValueMap(value) ? value : Object.create(null);
}

function readServices(reader: Reader, services: Record<string, unknown>, lineOfServices: number) {
  const facts: ResourceFact[] = [];
  const lines: ValueMap = Object.create(null);
  let envFileLine: number | undefined;
  for (const name of Object.keys(services)) {
    const service = services[name];
    const line = reader.lines.lineOf(services, name) ?? lineOfServices;
    if (!isRawMap(service)) {
      report(reader, 'error', 'invalid-manifest', `service ${name} must be a map of settings`, line);
      continue;
    }
    if (envFileLine === undefined && field(service, 'env_file') !== undefined)
      envFileLine = reader.lines.lineOf(service, 'env_file') ?? line;
    const extendsFrom = field(service, 'extends');
    if (isRawMap(extendsFrom) && field(extendsFrom, 'file') !== undefined) {
      const at = reader.lines.lineOf(service, 'extends') ?? line;
      const message = `extends of service ${name} names another file, which is not read; inherited settings are unknown`;
      report(reader, 'warning', 'unresolved-value', message, at);
    }
    lines[name] = serviceLines(service, reader.lines);
    const properties = asMap(toValue(service));
    facts.push(
      fact(reader, 'service', name, properties, line, dependencyNames(field(service, 'depends_on'))),
    );
  }
  if (envFileLine !== undefined) {
    const message = 'env_file files are not read: services they point at are not learnt from them';
    report(reader, 'note', 'unresolved-value', message, envFileLine);
  }
  return { facts, lines };
}

function readVolumes(reader: Reader, volumes: unknown): ResourceFact[] {
  if (!isRawMap(volumes)) return [];
  return Object.keys(volumes).map((name) => {
    const line = reader.lines.lineOf(volumes, name) ?? 1;
    return fact(reader, 'volume', name, asMap(toValue(volumes[name] ?? null)), line);
  });
}

/**
 * Reads a compose file's top level (Compose specification, "Services top-level
 * element", "Volumes top-level element"): one `service` fact per service (its
 * settings interpolated, located at its key), one `volume` fact per named
 * volume, and one `project` fact holding the declared `name:`, what the file
 * name says about its place in the folder's project (see names.ts), and the
 * lines of each service's parts, which the normalizer needs once files are merged.
 */
export function readProject(top: Record<string, unknown>, file: string, lines: LineIndex): ReadProject {
  const reader: Reader = { file, lines, diagnostics: [] };
  const services = field(top, 'services') as Record<string, unknown>;
  const lineOfServices = lines.lineOf(top, 'services') ?? 1;
  const declaredName = toValue(field(top, 'name') ?? null);
  const declared = typeof declaredName === 'string' && declaredName !== '' ? declaredName : undefined;
  if (field(top, 'include') !== undefined) {
    const message = 'include is not followed: services of included files are not read';
    report(reader, 'warning', 'unresolved-value', message, lines.lineOf(top, 'include'));
  }
  const project = projectGuess(file, declared);
  const read = readServices(reader, services, lineOfServices);
  const projectProperties: ValueMap = Object.create(null);
  projectProperties.name = declared ?? null;
  // What the normalizer needs to group files into projects (it may not import collectors).
  projectProperties.role = composeFileRole(file) ?? null;
  projectProperties.fileName = baseName(file);
  projectProperties.folder = folderOf(file);
  projectProperties.folderName = folderName(file);
  projectProperties.distinctive = distinctivePart(file) ?? null;
  projectProperties.lines = read.lines;
  const projectLine = declared === undefined ? lineOfServices : (lines.lineOf(top, 'name') ?? lineOfServices);
  const resources = [
    fact(reader, 'project', project, projectProperties, projectLine),
    ...read.facts,
    ...readVolumes(reader, field(top, 'volumes')),
  ];
  return { project, resources, diagnostics: reader.diagnostics };
}
