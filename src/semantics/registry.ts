import type { ComponentKind } from '../model/kinds.js';
import { clusterSemantics } from './kinds/caches.js';
import { kubernetesControlSemantics } from './kinds/cluster-objects.js';
import { composeSemantics } from './kinds/compose.js';
import { computeSemantics } from './kinds/compute.js';
import { databaseSemantics } from './kinds/databases.js';
import { dnsSemantics } from './kinds/dns.js';
import { edgeSemantics } from './kinds/edge.js';
import { kubernetesRoutingSemantics } from './kinds/kubernetes-routing.js';
import { kubernetesStorageSemantics } from './kinds/kubernetes-storage.js';
import { kubernetesWorkloadSemantics } from './kinds/kubernetes-workloads.js';
import { loadBalancingSemantics } from './kinds/load-balancing.js';
import { networkSemantics } from './kinds/network.js';
import { regionalSemantics } from './kinds/regional-services.js';
import type { KindSemantics } from './shape.js';

/**
 * Every canonical kind and what it becomes. Typed as a total record, so a kind
 * added to kinds.ts without semantics fails the typecheck.
 */
export const KIND_SEMANTICS: Readonly<Record<ComponentKind, KindSemantics>> = {
  ...clusterSemantics,
  ...composeSemantics,
  ...computeSemantics,
  ...databaseSemantics,
  ...dnsSemantics,
  ...edgeSemantics,
  ...kubernetesControlSemantics,
  ...kubernetesRoutingSemantics,
  ...kubernetesStorageSemantics,
  ...kubernetesWorkloadSemantics,
  ...loadBalancingSemantics,
  ...networkSemantics,
  ...regionalSemantics,
};
