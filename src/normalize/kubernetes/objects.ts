import type { DocumentFacts, ResourceFact } from '../../model/facts.js';
import type { ComponentKind } from '../../model/kinds.js';
import { compareLocations } from '../../model/location.js';
import type { ValueMap } from '../../model/value.js';
import { asMap, asString, get } from '../values.js';

/** One Kubernetes object of the scan, with what every mapper needs to know about it. */
export interface KubeObject {
  fact: ResourceFact;
  kind: string;
  name: string;
  /** Undefined for cluster-scoped kinds (their fact id starts with `_cluster/`). */
  namespace: string | undefined;
  body: ValueMap;
}

/** Where a fact id puts the namespace of a cluster-scoped object (`_cluster/PersistentVolume/data`). */
const CLUSTER_SCOPE = '_cluster';

/** Native kinds spof models, and the canonical kind each becomes. */
export const KIND_MAP: ReadonlyMap<string, ComponentKind> = new Map<string, ComponentKind>([
  ['ConfigMap', 'k8s.config-map'],
  ['CronJob', 'k8s.cronjob'],
  ['DaemonSet', 'k8s.daemonset'],
  ['Deployment', 'k8s.deployment'],
  ['Gateway', 'k8s.gateway'],
  ['HTTPRoute', 'k8s.httproute'],
  ['HorizontalPodAutoscaler', 'k8s.horizontal-pod-autoscaler'],
  ['Ingress', 'k8s.ingress'],
  ['Job', 'k8s.job'],
  ['PersistentVolume', 'k8s.persistent-volume'],
  ['PersistentVolumeClaim', 'k8s.persistent-volume-claim'],
  ['Pod', 'k8s.pod'],
  ['PodDisruptionBudget', 'k8s.pod-disruption-budget'],
  ['ReplicaSet', 'k8s.replicaset'],
  ['Service', 'k8s.service'],
  ['StatefulSet', 'k8s.statefulset'],
  ['StorageClass', 'k8s.storage-class'],
]);

/** Kinds that run pods from a template (or are a pod). */
export const WORKLOAD_KINDS: ReadonlySet<string> = new Set([
  'CronJob',
  'DaemonSet',
  'Deployment',
  'Job',
  'Pod',
  'ReplicaSet',
  'StatefulSet',
]);

function byPlace(a: KubeObject, b: KubeObject): number {
  return compareLocations(a.fact.location, b.fact.location);
}

/** The objects of every document, in file and line order (the order duplicates are judged in). */
export function objectsOf(documents: readonly DocumentFacts[]): KubeObject[] {
  const objects = documents.flatMap((document) =>
    document.resources.map((fact) => {
      const scope = fact.id.slice(0, fact.id.indexOf('/'));
      return {
        fact,
        kind: fact.type,
        name: fact.id.slice(fact.id.lastIndexOf('/') + 1),
        namespace: scope === CLUSTER_SCOPE ? undefined : scope,
        body: fact.properties,
      };
    }),
  );
  return objects.sort(byPlace);
}

/** Canonical id: `k8s.<kind>:<namespace>/<name>`, `_cluster` standing for the namespace of cluster-scoped kinds. */
export function componentId(kind: ComponentKind, object: Pick<KubeObject, 'namespace' | 'name'>): string {
  return `${kind}:${object.namespace ?? CLUSTER_SCOPE}/${object.name}`;
}

/** Key of an object by kind, namespace and name, for lookups across the scan. */
export function objectKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}\u0000${namespace ?? ''}\u0000${name}`;
}

/** String-valued entries of a map, as a null-prototype record with sorted keys. */
export function stringMap(value: unknown): Record<string, string> | undefined {
  const map = asMap(value as ValueMap | undefined);
  if (map === undefined) return undefined;
  const result: Record<string, string> = Object.create(null);
  for (const key of Object.keys(map).sort()) {
    const text = asString(map[key]);
    if (text !== undefined) result[key] = text;
  }
  return result;
}

/** The object's own labels (metadata.labels). */
export function labelsOf(object: KubeObject): Record<string, string> {
  return stringMap(get(object.body, 'metadata', 'labels')) ?? Object.create(null);
}
