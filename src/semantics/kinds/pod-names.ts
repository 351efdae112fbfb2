import type { Component } from '../../model/component.js';
import { COMPONENT_KINDS, type ComponentKind } from '../../model/kinds.js';
import type { ModelIndex } from '../model-index.js';

/** Kubernetes kinds that run pods. */
export const WORKLOAD_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>([
  'k8s.cronjob',
  'k8s.daemonset',
  'k8s.deployment',
  'k8s.job',
  'k8s.pod',
  'k8s.replicaset',
  'k8s.statefulset',
]);

/** Objects whose name keys a domain node of their own: a pod's node and zone, a volume's zone. */
const OWNS_DOMAINS: ReadonlySet<ComponentKind> = new Set<ComponentKind>([
  ...WORKLOAD_KINDS,
  'k8s.persistent-volume-claim',
]);

/** How an object's own domain nodes are keyed and labelled. */
export interface DomainName {
  /** Unique in its cluster among objects that own domains. */
  key: string;
  /** What a reader calls the object: its name, qualified only when the name is shared. */
  label: string;
}

function namespaceOf(component: Component): string {
  return component.attributes.namespace ?? 'default';
}

function sharesName(component: Component, other: Component): boolean {
  return other.id !== component.id && OWNS_DOMAINS.has(other.kind) && other.cluster === component.cluster;
}

/**
 * The name in an object's domain keys (`host:cluster/<name>#0`,
 * `zone:deployment-region/#unknown-<name>`): its name, as readers know it,
 * unless another workload or volume of the cluster has the same name, whose
 * nodes would then be taken for the same machine or zone. Qualified by the
 * rest of the component id in that case.
 */
export function domainName(component: Component, index: ModelIndex): DomainName {
  const clash = index.named(component.name).some((other) => sharesName(component, other));
  if (!clash) return { key: component.name, label: component.name };
  const title = COMPONENT_KINDS[component.kind].title;
  return {
    key: component.id.replace(/^k8s\./, ''),
    label: `${component.name} (${title} in ${namespaceOf(component)})`,
  };
}
