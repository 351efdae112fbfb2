import type { CanonicalModel, Component, Relation } from '../model/component.js';
import type { ComponentKind } from '../model/kinds.js';

/** A relation seen from its target: `source` points at the indexed component. */
export interface IncomingRelation {
  source: Component;
  relation: Relation;
}

/** Lookups over the canonical model that every kind's semantics needs. */
export class ModelIndex {
  private readonly byId = new Map<string, Component>();
  private readonly byName = new Map<string, Component[]>();
  private readonly incoming = new Map<string, IncomingRelation[]>();

  constructor(readonly model: CanonicalModel) {
    const sorted = [...model.components].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const component of sorted) {
      this.byId.set(component.id, component);
      const named = this.byName.get(component.name);
      if (named) named.push(component);
      else this.byName.set(component.name, [component]);
    }
    for (const source of sorted) {
      for (const relation of source.relations) {
        const list = this.incoming.get(relation.target);
        if (list) list.push({ source, relation });
        else this.incoming.set(relation.target, [{ source, relation }]);
      }
    }
  }

  /** Every component, sorted by id. */
  components(): Component[] {
    return [...this.byId.values()];
  }

  get(id: string): Component | undefined {
    return this.byId.get(id);
  }

  named(name: string): readonly Component[] {
    return this.byName.get(name) ?? [];
  }

  incomingOf(id: string): readonly IncomingRelation[] {
    return this.incoming.get(id) ?? [];
  }

  /** Components of `kind` related to `component` in either direction, sorted by id, without duplicates. */
  relatedOfKind(component: Component, kind: ComponentKind): Component[] {
    const found = new Map<string, Component>();
    for (const relation of component.relations) {
      const target = this.byId.get(relation.target);
      if (target?.kind === kind) found.set(target.id, target);
    }
    for (const { source } of this.incomingOf(component.id)) {
      if (source.kind === kind) found.set(source.id, source);
    }
    return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}
