// Kubernetes facts → canonical model: one component per modelled object, relations resolved across every file.
import type { Component } from '../../model/component.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { DocumentFacts } from '../../model/facts.js';
import type { FormatNormalized, FormatNormalizer } from '../format-normalizer.js';
import { tidyRelations } from '../link.js';
import { learnCalls } from './calls.js';
import { autoscalerFloor } from './control.js';
import { withoutDuplicates } from './duplicates.js';
import { MappedIndex } from './index-of.js';
import { mapperFor } from './map-object.js';
import type { Mapped } from './mapped.js';
import { type KubeObject, objectsOf } from './objects.js';
import { resolveLinks } from './resolve.js';
import { matchSelectors } from './select.js';
import { claimOfVolume } from './storage.js';
import { reportUnsupported } from './unsupported.js';

/** ConfigMaps that some workload reads, by `namespace/name`: only those become components. */
function readConfigMaps(mapped: readonly Mapped[]): Set<string> {
  const read = new Set<string>();
  for (const item of mapped) {
    for (const name of item.environment?.configMaps ?? []) read.add(`${item.object.namespace}/${name}`);
  }
  return read;
}

function mapObjects(objects: readonly KubeObject[], diagnostics: Diagnostic[]): Mapped[] {
  const unsupported: KubeObject[] = [];
  const mapped: Mapped[] = [];
  const configMaps: KubeObject[] = [];
  for (const object of objects) {
    const mapper = mapperFor(object);
    if (mapper === undefined) unsupported.push(object);
    else if (object.kind === 'ConfigMap') configMaps.push(object);
    else mapped.push(mapper(object, diagnostics));
  }
  const read = readConfigMaps(mapped);
  for (const object of configMaps) {
    const mapper = mapperFor(object);
    if (mapper !== undefined && read.has(`${object.namespace}/${object.name}`))
      mapped.push(mapper(object, diagnostics));
  }
  reportUnsupported(unsupported, diagnostics);
  return mapped;
}

/** A PV's claimRef binds the claim to it, as `volumeName` on the claim does. */
function bindClaimedVolumes(index: MappedIndex): void {
  for (const mapped of index.all) {
    if (mapped.object.kind !== 'PersistentVolume') continue;
    const claim = claimOfVolume(mapped.object);
    const target =
      claim === undefined ? undefined : index.find('PersistentVolumeClaim', claim.namespace, claim.name);
    target?.component.relations.push({
      role: 'boundTo',
      target: mapped.component.id,
      location: mapped.object.fact.location,
    });
  }
}

/** An autoscaler's floor goes on the workload it scales (the highest floor when several do). */
function applyAutoscalerFloors(index: MappedIndex, byId: ReadonlyMap<string, Component>): void {
  for (const mapped of index.all) {
    if (mapped.object.kind !== 'HorizontalPodAutoscaler') continue;
    const floor = autoscalerFloor(mapped.object);
    for (const relation of mapped.component.relations) {
      const target = relation.role === 'scales' ? byId.get(relation.target) : undefined;
      if (target === undefined) continue;
      target.attributes.minSize = Math.max(target.attributes.minSize ?? 0, floor);
    }
  }
}

/**
 * A workload whose claim is bound to a node-local volume (`hostPath`,
 * `local`) keeps its state on one node, as if it mounted the hostPath itself.
 */
function inheritVolumeLocality(byId: ReadonlyMap<string, Component>): void {
  for (const component of byId.values()) {
    if (component.attributes.localState === undefined || component.kind === 'k8s.persistent-volume') continue;
    const local = component.relations
      .filter((relation) => relation.role === 'volume')
      .flatMap((relation) => byId.get(relation.target)?.relations ?? [])
      .filter((relation) => relation.role === 'boundTo')
      .some((relation) => byId.get(relation.target)?.attributes.localState?.includes('hostPath') === true);
    if (local && !component.attributes.localState.includes('hostPath')) {
      const kinds: Array<'emptyDir' | 'hostPath'> = [...component.attributes.localState, 'hostPath'];
      component.attributes.localState = kinds.sort();
    }
  }
}

/**
 * Normalizes every Kubernetes document of a scan into canonical components,
 * sorted by id. The policy says nothing about Kubernetes yet: one cluster per scan.
 */
export const normalizeKubernetes: FormatNormalizer = (documents: DocumentFacts[]): FormatNormalized => {
  const diagnostics: Diagnostic[] = [];
  const objects = withoutDuplicates(objectsOf(documents), diagnostics);
  const index = new MappedIndex(mapObjects(objects, diagnostics));
  resolveLinks(index, diagnostics);
  bindClaimedVolumes(index);
  matchSelectors(index, diagnostics);
  learnCalls(index);
  const components = index.all.map((mapped) => mapped.component);
  const byId = new Map(components.map((component) => [component.id, component]));
  applyAutoscalerFloors(index, byId);
  inheritVolumeLocality(byId);
  for (const component of components) component.relations = tidyRelations(component.relations);
  components.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { components, diagnostics };
};
