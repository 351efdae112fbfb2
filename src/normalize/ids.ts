import type { DocumentDrafts } from './collect-drafts.js';
import type { Draft } from './draft.js';

/**
 * Canonical id of every draft: `<kind>:<name>`, or `<kind>:<unit>/<name>` for
 * every draft whose `<kind>:<name>` occurs in more than one document (the file
 * instead of the unit when the units coincide too).
 */
export function assignIds(documents: readonly DocumentDrafts[]): Map<Draft, string> {
  const owners = new Map<string, Set<DocumentDrafts>>();
  for (const entry of documents) {
    for (const item of entry.drafts) {
      const key = `${item.kind}:${item.name}`;
      const set = owners.get(key) ?? new Set<DocumentDrafts>();
      set.add(entry);
      owners.set(key, set);
    }
  }
  const ids = new Map<Draft, string>();
  for (const entry of documents) {
    for (const item of entry.drafts) {
      const key = `${item.kind}:${item.name}`;
      const sharing = [...(owners.get(key) ?? [])];
      if (sharing.length <= 1) {
        ids.set(item, key);
        continue;
      }
      const unitShared = sharing.filter((other) => other.document.unit === entry.document.unit).length > 1;
      const prefix = unitShared ? entry.document.file : entry.document.unit;
      ids.set(item, `${item.kind}:${prefix}/${item.name}`);
    }
  }
  return ids;
}
