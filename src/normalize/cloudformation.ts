// CloudFormation facts → canonical model: mappers per resource type, references resolved within a document.
import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentFacts } from '../model/facts.js';
import type { Policy } from '../model/policy.js';
import { collectDrafts } from './collect-drafts.js';
import type { FormatNormalized } from './format-normalizer.js';
import { assignIds } from './ids.js';
import { type Linked, linkDocument, tidyRelations } from './link.js';
import { place } from './placement.js';

/** Normalizes CloudFormation documents into canonical components. */
export function normalizeCloudFormation(documents: DocumentFacts[], policy: Policy): FormatNormalized {
  const diagnostics: Diagnostic[] = [];
  const drafted = documents.map((document) => collectDrafts(document, policy, diagnostics));
  const ids = assignIds(drafted);
  const linked: Linked[] = drafted.flatMap((entry) => linkDocument(entry, ids, policy));
  place(linked);
  const components = linked.map(({ component }) => ({
    ...component,
    relations: tidyRelations(component.relations),
  }));
  return { components, diagnostics };
}
