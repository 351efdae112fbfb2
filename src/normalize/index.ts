// Facts → canonical model: every format's resources in one vocabulary (design.md, "Normalizers").
import type { CanonicalModel } from '../model/component.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentFacts } from '../model/facts.js';
import type { Policy } from '../model/policy.js';
import { collectDrafts } from './collect-drafts.js';
import { assignIds } from './ids.js';
import { type Linked, linkDocument, tidyRelations } from './link.js';
import { place } from './placement.js';

/** By file, line and code; the message last, so equal diagnostics of one line keep one order. */
function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const keyA = [a.file ?? '', String(a.line ?? 0).padStart(9, '0'), a.code, a.message].join('\u0000');
  const keyB = [b.file ?? '', String(b.line ?? 0).padStart(9, '0'), b.code, b.message].join('\u0000');
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

/** Normalizes what the collectors produced into the canonical model, components sorted by id. */
export function normalize(
  documents: DocumentFacts[],
  policy: Policy,
): { model: CanonicalModel; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const drafted = documents.map((document) => collectDrafts(document, policy, diagnostics));
  const ids = assignIds(drafted);
  const linked: Linked[] = drafted.flatMap((entry) => linkDocument(entry, ids, policy));
  place(linked);
  const components = linked.map(({ component }) => ({
    ...component,
    relations: tidyRelations(component.relations),
  }));
  components.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { model: { components }, diagnostics: diagnostics.sort(compareDiagnostics) };
}
