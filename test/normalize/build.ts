import type { Component } from '../../src/model/component.js';
import type { DocumentFacts, ResourceFact } from '../../src/model/facts.js';
import { defaultPolicy, type Policy } from '../../src/model/policy.js';
import type { ValueMap } from '../../src/model/value.js';
import { normalize } from '../../src/normalize/index.js';

let line = 1;

/** A CloudFormation resource fact written by hand; lines increase in declaration order. */
export function fact(
  id: string,
  type: string,
  properties: ValueMap = {},
  extra: Partial<Pick<ResourceFact, 'dependsOn' | 'condition' | 'region'>> = {},
): ResourceFact {
  line += 1;
  return {
    format: 'cloudformation',
    id,
    type,
    properties,
    dependsOn: [],
    location: { file: 'template.yaml', line },
    ...extra,
  };
}

export function doc(resources: ResourceFact[], unit = 'template', file = `${unit}.yaml`): DocumentFacts {
  return {
    format: 'cloudformation',
    file,
    unit,
    resources: resources.map((resource) => ({ ...resource, location: { ...resource.location, file } })),
  };
}

export function run(documents: DocumentFacts[], policy: Policy = defaultPolicy()) {
  const result = normalize(documents, policy);
  const byId = new Map(result.model.components.map((component) => [component.id, component]));
  const get = (id: string): Component => {
    const component = byId.get(id);
    if (component === undefined) throw new Error(`no component ${id}; have ${[...byId.keys()].join(', ')}`);
    return component;
  };
  return { ...result, get, ids: [...byId.keys()] };
}

/** `role → target` pairs of a component, in model order. */
export function relations(component: Component): string[] {
  return component.relations.map((relation) => `${relation.role} → ${relation.target}`);
}
