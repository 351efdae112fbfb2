import type { DocumentFacts, ResourceFact } from '../../model/facts.js';
import type { ValueMap } from '../../model/value.js';
import { asMap, asString, get } from '../values.js';

/** One compose project: its name and its files in merge order (`docker compose -f a -f b`). */
export interface ComposeProject {
  name: string;
  documents: DocumentFacts[];
}

// docker compose's own preference among base file names.
const BASE_ORDER = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/** The `project` fact the collector writes first in every compose document. */
export function projectFact(document: DocumentFacts): ResourceFact | undefined {
  return document.resources.find((fact) => fact.type === 'project');
}

function about(document: DocumentFacts, key: string): string | undefined {
  return asString(get(projectFact(document)?.properties, key));
}

/** Lines the collector recorded for one service of one document (keys, depends_on, environment...). */
export function serviceLines(document: DocumentFacts, service: string): ValueMap | undefined {
  const lines = asMap(get(projectFact(document)?.properties, 'lines'));
  return lines !== undefined && Object.hasOwn(lines, service) ? asMap(lines[service]) : undefined;
}

function baseRank(document: DocumentFacts): number {
  const rank = BASE_ORDER.indexOf((about(document, 'fileName') ?? '').toLowerCase());
  return rank < 0 ? BASE_ORDER.length : rank;
}

const byFile = (a: DocumentFacts, b: DocumentFacts) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** The projects of one folder (see groupProjects). */
function folderProjects(documents: DocumentFacts[]): ComposeProject[] {
  const isBase = (document: DocumentFacts) => about(document, 'role') === 'base';
  const bases = documents.filter(isBase);
  const folderName = (document: DocumentFacts) => about(document, 'folderName') ?? '.';
  if (bases.length > 0) {
    bases.sort((a, b) => baseRank(a) - baseRank(b) || byFile(a, b));
    const ordered = [...bases, ...documents.filter((document) => !isBase(document)).sort(byFile)];
    const declared = ordered.map((document) => about(document, 'name')).filter((name) => name !== undefined);
    const name = declared[declared.length - 1] ?? folderName(bases[0] as DocumentFacts);
    return [{ name, documents: ordered }];
  }
  const alone = documents.length === 1;
  return [...documents].sort(byFile).map((document) => ({
    name:
      about(document, 'name') ??
      (alone ? folderName(document) : (about(document, 'distinctive') ?? document.file)),
    documents: [document],
  }));
}

/**
 * Groups compose files into projects, as `docker compose` would run them:
 * - a folder with a base file (`compose.yaml`, `docker-compose.yml`) is one
 *   project: the base first, then every other compose file of the folder
 *   (`compose.override.yaml`, `docker-compose.prod.yml`, `x.compose.yaml`)
 *   in path order, later files winning per key;
 * - a folder without one holds alternatives, each file its own project:
 *   named after the folder when it is the only file, else after the part of
 *   its name that tells it apart (`shop` of `shop.compose.yaml`, `prod` of
 *   `docker-compose.prod.yml`);
 * - a top-level `name:` always wins (the last one of a merged project);
 * - files in different folders are never merged. Two projects that still
 *   share a name are told apart by their folder, then by their first file.
 */
export function groupProjects(documents: readonly DocumentFacts[]): ComposeProject[] {
  const byFolder = new Map<string, DocumentFacts[]>();
  for (const document of documents) {
    const folder = about(document, 'folder') ?? '';
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), document]);
  }
  const folders = [...byFolder.keys()].sort();
  return disambiguate(folders.flatMap((folder) => folderProjects(byFolder.get(folder) ?? [])));
}

function disambiguate(projects: ComposeProject[]): ComposeProject[] {
  const count = (list: ComposeProject[], name: string) =>
    list.filter((project) => project.name === name).length;
  const firstFile = (project: ComposeProject) => (project.documents[0] as DocumentFacts).file;
  const byFolder = projects.map((project) => {
    if (count(projects, project.name) === 1) return project;
    const folder = firstFile(project).slice(0, Math.max(0, firstFile(project).lastIndexOf('/')));
    return { ...project, name: folder === '' ? project.name : `${folder}/${project.name}` };
  });
  return byFolder.map((project) =>
    count(byFolder, project.name) === 1 ? project : { ...project, name: firstFile(project) },
  );
}
