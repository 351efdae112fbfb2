import type { Component, Relation } from '../model/component.js';
import { regionKey } from '../model/domains.js';
import type { Policy } from '../model/policy.js';
import type { DocumentDrafts } from './collect-drafts.js';
import type { Draft } from './draft.js';
import { readTags } from './tags.js';
import { get, refTargets } from './values.js';

/** A component and the draft it came from, for the passes that still need the draft. */
export interface Linked {
  component: Component;
  draft: Draft;
}

/** Canonical ids of each resource id of the document (a record group has several). */
function idsByResource(entry: DocumentDrafts, ids: ReadonlyMap<Draft, string>): Map<string, string[]> {
  const byResource = new Map<string, string[]>();
  for (const item of entry.drafts) {
    const list = byResource.get(item.fact.id) ?? [];
    list.push(ids.get(item) as string);
    byResource.set(item.fact.id, list);
  }
  return byResource;
}

/**
 * Turns one document's drafts into components: relations resolved to canonical
 * ids, attachments and amendments applied, every other reference to a modelled resource kept as
 * role `ref`, references to resources that are not modelled dropped.
 */
export function linkDocument(
  entry: DocumentDrafts,
  ids: ReadonlyMap<Draft, string>,
  policy: Policy,
): Linked[] {
  const byResource = idsByResource(entry, ids);
  const resolve = (resource: string) => byResource.get(resource) ?? [];
  const linked: Linked[] = entry.drafts.map((item) => {
    const { fact } = item;
    const relations: Relation[] = [];
    const add = (role: string, resource: string) => {
      for (const target of resolve(resource)) relations.push({ role, target, location: fact.location });
    };
    for (const relation of item.relations) add(relation.role, relation.target);
    const named = new Set(item.relations.map((relation) => relation.target));
    for (const resource of refTargets(item.refScope ?? fact.properties)) {
      if (resource !== fact.id && !named.has(resource)) add('ref', resource);
    }
    const component: Component = {
      id: ids.get(item) as string,
      kind: item.kind,
      name: item.name,
      nativeType: fact.type,
      format: fact.format,
      provider: 'aws',
      region: regionKey(policy.aws.region ?? fact.region),
      zones: [...item.zones],
      attributes: item.attributes,
      relations,
      dependsOn: [...new Set(fact.dependsOn.flatMap(resolve))].sort(),
      tags: readTags(get(fact.properties, 'Tags') ?? get(fact.properties, 'tags')),
      locations: [fact.location],
    };
    if (fact.condition !== undefined) component.condition = fact.condition;
    return { component, draft: item };
  });
  const byId = new Map(linked.map((item) => [item.component.id, item.component]));
  for (const attachment of entry.attachments) {
    for (const source of resolve(attachment.source)) {
      const component = byId.get(source);
      for (const target of resolve(attachment.target)) {
        component?.relations.push({ role: attachment.role, target, location: attachment.location });
      }
    }
  }
  for (const amendment of entry.amendments) {
    for (const source of resolve(amendment.source)) {
      const component = byId.get(source);
      // Our own attribute object, never parsed input: copying it is safe.
      if (component !== undefined) Object.assign(component.attributes, amendment.attributes);
    }
  }
  return linked;
}

/** One relation per role and target (the first location wins), sorted by role then target. */
export function tidyRelations(relations: readonly Relation[]): Relation[] {
  const seen = new Map<string, Relation>();
  for (const relation of relations) {
    const key = `${relation.role}\u0000${relation.target}`;
    if (!seen.has(key)) seen.set(key, relation);
  }
  return [...seen.values()].sort((a, b) =>
    a.role !== b.role ? (a.role < b.role ? -1 : 1) : a.target < b.target ? -1 : a.target > b.target ? 1 : 0,
  );
}
