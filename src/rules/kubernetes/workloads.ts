import type { Component } from '../../model/component.js';
import type { ComponentKind } from '../../model/kinds.js';
import type { ModelIndex } from '../model-index.js';

/** Kubernetes controllers that run a set of interchangeable pods a Service can spread traffic over. */
export const REPLICATED_KINDS: readonly ComponentKind[] = [
  'k8s.deployment',
  'k8s.replicaset',
  'k8s.statefulset',
];

/**
 * The fewest copies a workload or compose service may run: an HPA's
 * minReplicas when one targets it (the autoscaler, not `replicas`, then sets
 * the count, down to that floor), else the replicas asked for (omitted means 1).
 */
export function lowestReplicas(component: Component): number {
  return component.attributes.minSize ?? component.attributes.count ?? 1;
}

/** A replicated workload with the fewest copies it may run. */
export interface MultiReplicaWorkload {
  workload: Component;
  replicas: number;
}

/**
 * The workloads of the replicated kinds whose fewest copies (`lowestReplicas`)
 * is two or more: the ones whose replicas a zone, a drain or an upgrade could
 * still take down together. Kind by kind, each kind in id order.
 */
export function multiReplicaWorkloads(index: ModelIndex): MultiReplicaWorkload[] {
  const found: MultiReplicaWorkload[] = [];
  for (const kind of REPLICATED_KINDS) {
    for (const workload of index.byKind(kind)) {
      const replicas = lowestReplicas(workload);
      if (replicas >= 2) found.push({ workload, replicas });
    }
  }
  return found;
}

/** Why `lowestReplicas` is what it is, in words for a message. */
export function replicasReason(component: Component): string {
  const { count, minSize } = component.attributes;
  if (minSize !== undefined) return `its HorizontalPodAutoscaler's minReplicas is ${minSize}`;
  if (count === undefined) return 'no replica count is set, and the default is 1';
  return `its replica count is ${count}`;
}

export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function byNode(a: { node: string }, b: { node: string }): number {
  return a.node < b.node ? -1 : a.node > b.node ? 1 : 0;
}
