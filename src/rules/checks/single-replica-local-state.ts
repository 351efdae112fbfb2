import type { Component } from '../../model/component.js';
import { targetsByRole } from '../kubernetes/relations.js';
import { byNode, lowestReplicas, REPLICATED_KINDS } from '../kubernetes/workloads.js';
import { indexModel, type ModelIndex } from '../model-index.js';
import { noOptions } from '../options.js';
import { type CheckReport, defineCheck } from '../types.js';
import { kindTitle } from './kinds-option.js';

type LocalKind = 'emptyDir' | 'hostPath';

const STORAGE_WORDS: Record<LocalKind, string> = {
  emptyDir: 'an emptyDir volume, deleted with its pod whenever the pod is evicted or rescheduled',
  hostPath: "a hostPath volume, on one node's disk",
};

/** Local volumes of a workload: its own, and those of the PersistentVolumes its claims are bound to. */
function localKinds(index: ModelIndex, workload: Component): LocalKind[] {
  const kinds = new Set<LocalKind>(workload.attributes.localState ?? []);
  for (const claim of targetsByRole(index, workload, 'k8s.persistent-volume-claim', 'volume'))
    for (const volume of targetsByRole(index, claim, 'k8s.persistent-volume', 'boundTo'))
      for (const kind of volume.attributes.localState ?? []) kinds.add(kind);
  return [...kinds].sort();
}

/** A PersistentVolume some scanned workload mounts through a bound claim: what it risks is that workload's. */
function mountedByWorkload(index: ModelIndex, volume: Component): boolean {
  return index
    .referrers(volume.id)
    .filter((claim) => claim.kind === 'k8s.persistent-volume-claim')
    .some((claim) =>
      index
        .referrers(claim.id)
        .some((user) => user.relations.some((r) => r.role === 'volume' && r.target === claim.id)),
    );
}

function report(component: Component, kinds: LocalKind[]): CheckReport {
  return {
    node: component.id,
    data: {
      kind: kindTitle(component.kind),
      name: component.name,
      storage: kinds.map((kind) => STORAGE_WORDS[kind]).join(' and '),
    },
  };
}

/**
 * State with one copy on one pod or node: a single-replica workload (or bare
 * Pod) with an emptyDir or hostPath volume, directly or through a claim bound
 * to a hostPath PersistentVolume; and a hostPath PersistentVolume no scanned
 * workload is known to mount (its claim is outside the scan), reported on itself.
 */
export const singleReplicaLocalState = defineCheck<Record<string, never>>({
  name: 'single-replica-local-state',
  summary: 'a single replica keeping state on emptyDir or hostPath',
  parse: noOptions,
  dataKeys: () => ['kind', 'name', 'storage'],
  detect(ctx) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const kind of [...REPLICATED_KINDS, 'k8s.pod' as const]) {
      for (const workload of index.byKind(kind)) {
        if (lowestReplicas(workload) >= 2) continue;
        const kinds = localKinds(index, workload);
        if (kinds.length > 0) reports.push(report(workload, kinds));
      }
    }
    for (const volume of index.byKind('k8s.persistent-volume')) {
      const kinds = (volume.attributes.localState ?? []).filter((kind) => kind === 'hostPath');
      if (kinds.length > 0 && !mountedByWorkload(index, volume)) reports.push(report(volume, kinds));
    }
    return reports.sort(byNode);
  },
});
