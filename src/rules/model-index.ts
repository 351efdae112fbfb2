import type { CanonicalModel, Component } from '../model/component.js';
import type { ComponentKind } from '../model/kinds.js';

/** Lookups over the canonical model that several checks share, built once per model. */
export interface ModelIndex {
  byId: Map<string, Component>;
  byKind(kind: ComponentKind): Component[];
  /** Components holding a relation to `id`, sorted by id, each once. */
  referrers(id: string): Component[];
  /** Components `component` holds a relation to (known targets only), sorted by id, each once. */
  targets(component: Component): Component[];
}

const cache = new WeakMap<CanonicalModel, ModelIndex>();

export function indexModel(model: CanonicalModel): ModelIndex {
  const cached = cache.get(model);
  if (cached) return cached;
  const byId = new Map<string, Component>();
  const kinds = new Map<string, Component[]>();
  const referrers = new Map<string, Set<string>>();
  for (const component of model.components) {
    byId.set(component.id, component);
    const list = kinds.get(component.kind) ?? [];
    list.push(component);
    kinds.set(component.kind, list);
    for (const relation of component.relations) {
      const set = referrers.get(relation.target) ?? new Set<string>();
      set.add(component.id);
      referrers.set(relation.target, set);
    }
  }
  const sortedComponents = (ids: Iterable<string>): Component[] =>
    [...new Set(ids)]
      .sort()
      .map((id) => byId.get(id))
      .filter((component): component is Component => component !== undefined);
  const index: ModelIndex = {
    byId,
    byKind: (kind) => [...(kinds.get(kind) ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    referrers: (id) => sortedComponents(referrers.get(id) ?? []),
    targets: (component) => sortedComponents(component.relations.map((relation) => relation.target)),
  };
  cache.set(model, index);
  return index;
}

/** Components related to `component` in either direction. */
export function neighbours(index: ModelIndex, component: Component): Component[] {
  const all = new Map<string, Component>();
  for (const other of [...index.targets(component), ...index.referrers(component.id)])
    all.set(other.id, other);
  return [...all.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
