import type { Component } from '../model/component.js';
import type { SourceLocation } from '../model/location.js';
import type { ModelIndex } from './model-index.js';
import { isPlacement, relationMeaning, reversedReason } from './relation-rules.js';

/** Another component this one requires, with the relation that says so. */
export interface Dependency {
  component: Component;
  role: string;
  location: SourceLocation;
}

function byTargetId(a: Dependency, b: Dependency): number {
  if (a.component.id !== b.component.id) return a.component.id < b.component.id ? -1 : 1;
  return a.role < b.role ? -1 : a.role > b.role ? 1 : 0;
}

/**
 * What `component` requires through relations in either direction (see
 * relation-rules.ts), without its subnets (placement.ts places it in them).
 * One dependency per target, sorted by target id.
 */
export function dependenciesOf(component: Component, index: ModelIndex): Dependency[] {
  const found: Dependency[] = [];
  for (const relation of component.relations) {
    const target = index.get(relation.target);
    if (!target || target.id === component.id || isPlacement(component.kind, target.kind)) continue;
    if (relationMeaning(component.kind, target.kind, relation.role) === 'source-requires-target') {
      found.push({ component: target, role: relation.role, location: relation.location });
    }
  }
  for (const { source, relation } of index.incomingOf(component.id)) {
    if (source.id === component.id) continue;
    if (relationMeaning(source.kind, component.kind, relation.role) === 'target-requires-source') {
      const role = reversedReason(source.kind, component.kind) ?? relation.role;
      found.push({ component: source, role, location: relation.location });
    }
  }
  found.sort(byTargetId);
  return found.filter((dep, i) => i === 0 || found[i - 1]?.component.id !== dep.component.id);
}

/** The subnets `component` is placed in, with the relation that places it, sorted by subnet id. */
export function subnetsOf(component: Component, index: ModelIndex): Dependency[] {
  const found: Dependency[] = [];
  for (const relation of component.relations) {
    const target = index.get(relation.target);
    if (target && isPlacement(component.kind, target.kind)) {
      found.push({ component: target, role: relation.role, location: relation.location });
    }
  }
  found.sort(byTargetId);
  return found.filter((dep, i) => i === 0 || found[i - 1]?.component.id !== dep.component.id);
}
