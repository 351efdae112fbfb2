import type { Component } from '../model/component.js';
import type { ComponentKind } from '../model/kinds.js';
import { type Dependency, dependenciesOf } from './dependencies.js';
import { serviceMembers } from './kinds/kubernetes-routing.js';
import { WORKLOAD_KINDS } from './kinds/pod-names.js';
import type { ModelIndex } from './model-index.js';

/*
 * Who needs whose pods. A workload's pods (a compose service's containers)
 * require what it calls; through a Kubernetes Service that is the workloads
 * the Service selects. call-cycles.ts finds the loops in this graph.
 */

/** Kinds whose copies require what they call: Kubernetes workloads and compose services. */
export const CALLER_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>([
  ...WORKLOAD_KINDS,
  'compose.service',
]);

/**
 * A pod calling a Service that selects its own workload (a URL of itself in
 * its env) does not need itself to start: that edge would only make the
 * workload hold itself up, which the least fixpoint reads as down.
 */
function isSelfCall(dependency: Dependency, component: Component): boolean {
  if (dependency.component.kind !== 'k8s.service') return false;
  return dependency.component.relations.some((relation) => relation.target === component.id);
}

/** What every copy of a workload or compose service requires, before call cycles are taken out. */
export function copyDependencies(component: Component, index: ModelIndex): Dependency[] {
  return dependenciesOf(component, index).filter((dependency) => !isSelfCall(dependency, component));
}

/** Who serves whose calls, each Service's selected workloads looked up once (many callers may share one). */
export class CallGraph {
  private readonly served = new Map<string, Component[]>();

  constructor(readonly index: ModelIndex) {}

  /** The callers whose copies serve `dependency`: itself when it is one, a Service's selected workloads. */
  servedBy(dependency: Dependency): readonly Component[] {
    const target = dependency.component;
    if (CALLER_KINDS.has(target.kind)) return [target];
    if (target.kind !== 'k8s.service') return [];
    const known = this.served.get(target.id);
    if (known) return known;
    const members = serviceMembers(target, this.index)
      .map((member) => member.component)
      .filter((member) => CALLER_KINDS.has(member.kind));
    this.served.set(target.id, members);
    return members;
  }

  /** The callers whose copies the copies of `component` require, sorted by id, without duplicates. */
  calleesOf(component: Component): Component[] {
    const found = new Map<string, Component>();
    for (const dependency of copyDependencies(component, this.index)) {
      for (const callee of this.servedBy(dependency)) found.set(callee.id, callee);
    }
    return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
