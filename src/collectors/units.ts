import type { DocumentFacts } from '../model/facts.js';

/**
 * Collectors name a document's unit after its path without the extension
 * (`infra/web`). Two documents can share that name (`web.yaml` and
 * `web.json`); those keep their full paths, so node ids stay unique.
 */
export function withUniqueUnits(documents: readonly DocumentFacts[]): DocumentFacts[] {
  const counts = new Map<string, number>();
  for (const document of documents) counts.set(document.unit, (counts.get(document.unit) ?? 0) + 1);
  return documents.map((document) =>
    (counts.get(document.unit) ?? 0) > 1 ? { ...document, unit: document.file } : document,
  );
}
