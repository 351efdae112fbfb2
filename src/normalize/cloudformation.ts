// CloudFormation facts → canonical model: mappers per resource type, references resolved within a document.
import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentFacts } from '../model/facts.js';
import type { Policy } from '../model/policy.js';
import { collectDrafts, type MapperRegistry } from './collect-drafts.js';
import type { FormatNormalized } from './format-normalizer.js';
import { assignIds } from './ids.js';
import { type Linked, linkDocument, tidyRelations } from './link.js';
import { place } from './placement.js';

/**
 * The AWS pipeline shared by CloudFormation and Terraform: each format's
 * mappers make drafts, then ids, links and placement are the same.
 */
export function normalizeAwsDocuments(
  documents: DocumentFacts[],
  policy: Policy,
  registry?: MapperRegistry,
): FormatNormalized {
  const diagnostics: Diagnostic[] = [];
  const drafted = documents.map((document) => collectDrafts(document, policy, diagnostics, registry));
  const ids = assignIds(drafted);
  const linked: Linked[] = drafted.flatMap((entry) => linkDocument(entry, ids, policy));
  place(linked);
  const components = linked.map(({ component }) => ({
    ...component,
    relations: tidyRelations(component.relations),
  }));
  return { components, diagnostics };
}

/** Normalizes CloudFormation documents into canonical components. */
export function normalizeCloudFormation(documents: DocumentFacts[], policy: Policy): FormatNormalized {
  return normalizeAwsDocuments(documents, policy);
}
