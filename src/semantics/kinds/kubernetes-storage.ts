import { dependenciesOf } from '../dependencies.js';
import { singleZone, zonesOf } from '../placement.js';
import type { KindSemantics } from '../shape.js';
import { onCluster } from './cluster-objects.js';
import { requirementsOf } from './common.js';
import { isSingleNodeVolume, volumeZone } from './pod-zones.js';

/*
 * Volumes. A ReadWriteOnce claim is a disk in one zone (its own, when no
 * input names it); the pods mounting it are pinned there (pod-zones.ts). A
 * claim bound to a volume needs that volume. A volume another node can mount
 * (ReadWriteMany, NFS) stands on the cluster, or in the zone it names.
 */

const claim: KindSemantics = (component, context) => {
  if (!isSingleNodeVolume(component)) return onCluster(component, context);
  const zone = volumeZone(component, context.index);
  return {
    type: 'single',
    placement: { domain: 'zone', ...zone, subnets: [] },
    requires: requirementsOf(dependenciesOf(component, context.index)),
  };
};

const volume: KindSemantics = (component, context) => {
  if (component.zones.length === 0) return onCluster(component, context);
  return {
    type: 'single',
    placement: singleZone(component, zonesOf(component, context.index)),
    requires: requirementsOf(dependenciesOf(component, context.index)),
  };
};

/** Storage kinds and what they become. */
export const kubernetesStorageSemantics = {
  'k8s.persistent-volume': volume,
  'k8s.persistent-volume-claim': claim,
} satisfies Record<string, KindSemantics>;
