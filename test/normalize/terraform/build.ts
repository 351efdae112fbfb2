import type { Component } from '../../../src/model/component.js';
import type { DocumentFacts, ResourceFact } from '../../../src/model/facts.js';
import { defaultPolicy, type Policy } from '../../../src/model/policy.js';
import { RefValue, type ValueMap } from '../../../src/model/value.js';
import { normalizeTerraform } from '../../../src/normalize/terraform/index.js';

let line = 1;

/** A Terraform resource fact written by hand, as the collector makes them; region from the provider. */
export function tf(
  id: string,
  properties: ValueMap = {},
  extra: Partial<Pick<ResourceFact, 'dependsOn' | 'region'>> = {},
): ResourceFact {
  line += 1;
  return {
    format: 'terraform',
    id,
    type: id.split('.')[0] as string,
    properties: map(properties),
    dependsOn: [],
    location: { file: 'main.tf', line },
    region: 'us-east-1',
    ...extra,
  };
}

/** Null-prototype maps, as collectors build them from input. */
export function map(entries: ValueMap): ValueMap {
  const result: ValueMap = Object.create(null);
  for (const key of Object.keys(entries)) result[key] = entries[key] as ValueMap[string];
  return result;
}

/** `<address>.<attribute>` as the collector resolves it. */
export function ref(address: string, attribute = 'id'): RefValue {
  return new RefValue(address, attribute);
}

/** The same fact declared in another file of its module (`main.tf` unless moved). */
export function inFile(resource: ResourceFact, file: string): ResourceFact {
  return { ...resource, location: { ...resource.location, file } };
}

/** One module folder; the document is named after its first file, as the collector does. */
export function module(resources: ResourceFact[], unit = 'infra'): DocumentFacts {
  return {
    format: 'terraform',
    file: `${unit}/main.tf`,
    unit,
    resources: resources.map((resource) => inFile(resource, `${unit}/${resource.location.file}`)),
  };
}

export function run(documents: DocumentFacts[], policy: Policy = defaultPolicy()) {
  const result = normalizeTerraform(documents, policy);
  const byId = new Map(result.components.map((component) => [component.id, component]));
  const get = (id: string): Component => {
    const component = byId.get(id);
    if (component === undefined) throw new Error(`no component ${id}; have ${[...byId.keys()].join(', ')}`);
    return component;
  };
  return { ...result, get, ids: [...byId.keys()].sort() };
}

/** `role → target` pairs of a component, in model order. */
export function relations(component: Component): string[] {
  return component.relations.map((relation) => `${relation.role} → ${relation.target}`);
}
