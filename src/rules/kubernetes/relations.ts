import type { Component } from '../../model/component.js';
import type { ComponentKind } from '../../model/kinds.js';
import type { ModelIndex } from '../model-index.js';

/** Components of `kind` holding a relation with `role` to `target`, sorted by id. */
export function referrersByRole(
  index: ModelIndex,
  target: Component,
  kind: ComponentKind,
  role: string,
): Component[] {
  return index
    .referrers(target.id)
    .filter(
      (other) =>
        other.kind === kind && other.relations.some((r) => r.role === role && r.target === target.id),
    );
}

/** Components of `kind` that `source` holds a relation with `role` to, sorted by id, each once. */
export function targetsByRole(
  index: ModelIndex,
  source: Component,
  kind: ComponentKind,
  role: string,
): Component[] {
  const ids = new Set(source.relations.filter((r) => r.role === role).map((r) => r.target));
  return [...ids]
    .sort()
    .map((id) => index.byId.get(id))
    .filter((other): other is Component => other?.kind === kind);
}

/** Names for a message: `a, b` sorted. */
export function nameList(components: Component[]): string {
  return [...new Set(components.map((c) => c.name))].sort().join(', ');
}
