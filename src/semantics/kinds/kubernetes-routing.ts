import type { Component } from '../../model/component.js';
import { type Dependency, dependenciesOf } from '../dependencies.js';
import type { ModelIndex } from '../model-index.js';
import { isOwnership } from '../relation-rules.js';
import type { KindSemantics } from '../shape.js';
import { onCluster } from './cluster-objects.js';
import { requirementsOf } from './common.js';
import { WORKLOAD_KINDS } from './pod-names.js';

/*
 * How traffic reaches pods. A Service sends each connection to a ready pod
 * of any workload its selector matches: `any` over those workloads, each of
 * which is `any` over its pods (their pods need the cluster, so the Service
 * does through them). An Ingress or HTTPRoute needs every backend it routes
 * to (each path is part of what users reach), an HTTPRoute its parent
 * Gateway too; a Gateway needs the cluster.
 */

/**
 * A Pod or ReplicaSet whose controller is in the input (`kubectl get all`
 * lists a Deployment, its ReplicaSet and its Pods, all matching the
 * selector) is one of the pods its controller already stands for: counting
 * it as another member would make one pod look like three.
 */
function controlledInInput(workload: Component, index: ModelIndex): boolean {
  return workload.relations.some(
    (relation) => isOwnership(relation.role) && index.get(relation.target) !== undefined,
  );
}

const isWorkload = (dependency: Dependency) => WORKLOAD_KINDS.has(dependency.component.kind);

/**
 * The workloads whose pods serve a Service's connections, sorted by id: those
 * its selector matches, without made pods whose controller is matched too
 * (when the selector matches only made pods, they are what serves).
 */
export function serviceMembers(service: Component, index: ModelIndex): Dependency[] {
  const workloads = dependenciesOf(service, index).filter(isWorkload);
  const uncontrolled = workloads.filter((dependency) => !controlledInInput(dependency.component, index));
  return uncontrolled.length > 0 ? uncontrolled : workloads;
}

/**
 * A Service whose selector matches no workload in the input (no selector,
 * ExternalName, pods made elsewhere) is served by the cluster alone: a gate
 * over nothing would never be met.
 */
const service: KindSemantics = (component, context) => {
  const members = serviceMembers(component, context.index);
  if (members.length === 0) return onCluster(component, context);
  const shared = dependenciesOf(component, context.index).filter((dependency) => !isWorkload(dependency));
  return {
    type: 'members',
    gate: { type: 'any' },
    members: requirementsOf(members),
    shared: requirementsOf(shared),
  };
};

/** Routing kinds and what they become. */
export const kubernetesRoutingSemantics = {
  'k8s.gateway': onCluster,
  'k8s.httproute': onCluster,
  'k8s.ingress': onCluster,
  'k8s.service': service,
} satisfies Record<string, KindSemantics>;
