import type { DocumentFacts, ResourceFact } from '../../model/facts.js';
import type { SourceLocation } from '../../model/location.js';
import type { Value, ValueMap } from '../../model/value.js';
import { asNumber, get } from '../values.js';
import { type ComposeProject, serviceLines } from './projects.js';

/** One setting of a service, with the file whose value won and that file's lines for the service. */
export interface Setting {
  value: Value;
  document: DocumentFacts;
  lines: ValueMap | undefined;
}

/** A service or volume after every file of its project was applied in order. */
export interface Merged {
  name: string;
  /** Its fact in each file that declares it, in merge order; the first is where it is located. */
  facts: ResourceFact[];
  settings: Map<string, Setting>;
}

/** The services and named volumes of one project. */
export interface MergedProject {
  name: string;
  services: Map<string, Merged>;
  volumes: Map<string, Merged>;
}

function apply(into: Map<string, Merged>, fact: ResourceFact, document: DocumentFacts, lines?: ValueMap) {
  const merged = into.get(fact.id) ?? { name: fact.id, facts: [], settings: new Map<string, Setting>() };
  merged.facts.push(fact);
  for (const key of Object.keys(fact.properties)) {
    const value = fact.properties[key] as Value;
    // Null is `!reset` (or a key left empty): the earlier files' value is dropped.
    if (value === null) merged.settings.delete(key);
    else merged.settings.set(key, { value, document, lines });
  }
  into.set(fact.id, merged);
}

/**
 * Applies a project's files in order, as `docker compose -f a -f b` does, a
 * later file winning per top-level setting of a service or volume. (Compose
 * itself merges some settings deeper, e.g. environment by variable; per-key
 * replacement keeps what each file says readable in one place.)
 */
export function mergeProject(project: ComposeProject): MergedProject {
  const services = new Map<string, Merged>();
  const volumes = new Map<string, Merged>();
  for (const document of project.documents) {
    for (const fact of document.resources) {
      if (fact.type === 'service') apply(services, fact, document, serviceLines(document, fact.id));
      else if (fact.type === 'volume') apply(volumes, fact, document);
    }
  }
  return { name: project.name, services, volumes };
}

/** A merged setting's value, optionally a path inside it. */
export function setting(merged: Merged, key: string, ...path: string[]): Value | undefined {
  const found = merged.settings.get(key);
  return found === undefined ? undefined : get(found.value, ...path);
}

/** Where a part of a service is written: `path` inside the lines the collector kept, else the setting's key, else the service. */
export function locate(merged: Merged, key: string, ...path: string[]): SourceLocation {
  const found = merged.settings.get(key);
  const first = merged.facts[0] as ResourceFact;
  if (found === undefined) return first.location;
  const file = found.document.file;
  const line = asNumber(get(found.lines, key, ...path)) ?? asNumber(get(found.lines, 'keys', key));
  if (line !== undefined) return { file, line };
  return (
    found.document.resources.find((fact) => fact.type === 'service' && fact.id === merged.name)?.location ??
    first.location
  );
}
