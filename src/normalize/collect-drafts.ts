import type { Diagnostic } from '../model/diagnostic.js';
import { regionKey } from '../model/domains.js';
import type { DocumentFacts } from '../model/facts.js';
import type { Policy } from '../model/policy.js';
import { CLOUDFORMATION_MAPPERS } from './aws/registry.js';
import { MapContext } from './context.js';
import type { Amendment, Attachment, Draft, Mapper } from './draft.js';

/** One format's mappers by native type, and which unmapped types deserve an `unsupported-resource` note. */
export interface MapperRegistry {
  mappers: ReadonlyMap<string, Mapper>;
  reportsUnmapped: (type: string) => boolean;
}

const CLOUDFORMATION_REGISTRY: MapperRegistry = {
  mappers: CLOUDFORMATION_MAPPERS,
  reportsUnmapped: () => true,
};

/** The drafts and attachments of one document. */
export interface DocumentDrafts {
  document: DocumentFacts;
  drafts: Draft[];
  attachments: Array<Attachment & { location: Draft['fact']['location'] }>;
  amendments: Amendment[];
}

/** A document is deployed to one region: the policy's, else the one its resources state. */
function documentRegion(document: DocumentFacts, policy: Policy): string {
  return regionKey(policy.aws.region ?? document.resources.find((fact) => fact.region !== undefined)?.region);
}

/**
 * Runs each resource through its type's mapper; a type without one is
 * reported once per document when the registry says it is worth reporting.
 */
export function collectDrafts(
  document: DocumentFacts,
  policy: Policy,
  diagnostics: Diagnostic[],
  registry: MapperRegistry = CLOUDFORMATION_REGISTRY,
): DocumentDrafts {
  const context = new MapContext(document, documentRegion(document, policy), diagnostics);
  const result: DocumentDrafts = { document, drafts: [], attachments: [], amendments: [] };
  // The first resource of each unmapped type: a Terraform module spreads over several files.
  const unsupported = new Map<string, Draft['fact']['location']>();
  for (const fact of document.resources) {
    const mapper = registry.mappers.get(fact.type);
    if (mapper === undefined) {
      if (!unsupported.has(fact.type) && registry.reportsUnmapped(fact.type))
        unsupported.set(fact.type, fact.location);
      continue;
    }
    const output = mapper(fact, context);
    result.drafts.push(...output.components);
    for (const attachment of output.attachments) {
      result.attachments.push({ ...attachment, location: fact.location });
    }
    result.amendments.push(...(output.amendments ?? []));
  }
  for (const [type, location] of [...unsupported].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    diagnostics.push({
      code: 'unsupported-resource',
      level: 'note',
      message: `resources of type ${type} are not modelled; they are left out of the graph`,
      file: location.file,
      line: location.line,
    });
  }
  return result;
}
