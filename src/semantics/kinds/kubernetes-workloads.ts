import type { Component } from '../../model/component.js';
import type { ModelIndex } from '../model-index.js';
import type { KindSemantics, Placement, SemanticsContext, Shape } from '../shape.js';
import { lowest, requirementsOf } from './common.js';
import { domainName } from './pod-names.js';
import { podZones } from './pod-zones.js';

/*
 * Kubernetes workloads: the component is `any` over its pods, each pod a
 * replica on a node of its own (the scheduler puts it on some node; that
 * node's failure is the pod's own) in the zone pod-zones.ts decides, and each
 * pod needs the cluster, the Services it calls and the volumes it mounts.
 * Workloads that call each other stand or fall together (call-cycles.ts).
 */

/** More pods than this add no failure that fewer do not show, and keep a 500-pod Job from flooding the graph. */
const MAX_PODS = 32;

/**
 * What the workload can be counted on to run: the replicas asked for, or an
 * HorizontalPodAutoscaler's minReplicas when that is higher (the normalizer
 * puts it in `minSize`; an HPA targeting the workload is read as well).
 */
function podCount(component: Component, index: ModelIndex): number {
  const floors = [component.attributes.count ?? 1, component.attributes.minSize ?? 0];
  for (const autoscaler of index.relatedOfKind(component, 'k8s.horizontal-pod-autoscaler')) {
    floors.push(autoscaler.attributes.minSize ?? 0);
  }
  return Math.min(lowest(Math.max(...floors)), MAX_PODS);
}

/** `count` pods, pod i on `host:<cluster>/<name>#i` in its zone, each needing every shared requirement. */
function pods(component: Component, context: SemanticsContext, count: number): Shape {
  // Without a call to its own Service or, in a call cycle, to the other members (call-graph.ts, call-cycles.ts).
  const dependencies = context.callCycles.copyDependencies(component);
  const name = domainName(component, context.index);
  const cluster = component.cluster ?? 'cluster';
  const placements = podZones(component, context.index, dependencies, count).map(
    (zone, i): Placement => ({
      domain: 'host',
      host: `${cluster}/${name.key}#${i}`,
      hostLabel: `the node of ${name.label} #${i}`,
      sharedHost: false,
      ...zone,
    }),
  );
  return { type: 'replicas', gate: { type: 'any' }, placements, shared: requirementsOf(dependencies) };
}

const scaledWorkload: KindSemantics = (component, context) =>
  pods(component, context, podCount(component, context.index));

/** A bare Pod runs once: nothing recreates it elsewhere. */
const barePod: KindSemantics = (component, context) => pods(component, context, 1);

/**
 * A DaemonSet runs a pod on every node, and the manifests do not say how
 * many nodes there are. Two pods on two nodes is the fewest that shows what
 * is known: no one node takes it down; its zones follow the same guarantees
 * as any workload's.
 */
const daemonSet: KindSemantics = (component, context) => pods(component, context, 2);

/** Workload kinds and what they become. */
export const kubernetesWorkloadSemantics = {
  'k8s.cronjob': scaledWorkload,
  'k8s.daemonset': daemonSet,
  'k8s.deployment': scaledWorkload,
  'k8s.job': scaledWorkload,
  'k8s.pod': barePod,
  'k8s.replicaset': scaledWorkload,
  'k8s.statefulset': scaledWorkload,
} satisfies Record<string, KindSemantics>;
