import { dependenciesOf } from '../dependencies.js';
import { kubernetesCluster } from '../domains.js';
import type { KindSemantics } from '../shape.js';
import { regional, requirementsOf } from './common.js';

/**
 * An object the cluster's control plane serves (an Ingress, a Gateway, a
 * Service without pods): it needs the cluster and what it references.
 */
export const onCluster: KindSemantics = (component, context) => {
  const cluster = kubernetesCluster(component);
  if (!cluster) return regional(component, context);
  return {
    type: 'single',
    placement: cluster,
    requires: requirementsOf(dependenciesOf(component, context.index)),
  };
};

/*
 * Configuration and control objects: a ConfigMap is read when a pod starts,
 * an autoscaler or disruption budget steers the pods a workload runs, a
 * storage class is read when a volume is provisioned. None serves traffic,
 * so nothing requires them (relation-rules.ts) and they require only their
 * cluster; their effect on redundancy is read from the workload's attributes.
 */

/** Configuration and control kinds and what they become. */
export const kubernetesControlSemantics = {
  'k8s.config-map': onCluster,
  'k8s.horizontal-pod-autoscaler': onCluster,
  'k8s.pod-disruption-budget': onCluster,
  'k8s.storage-class': onCluster,
} satisfies Record<string, KindSemantics>;
