import type { ValueMap } from '../../model/value.js';
import { asString, get } from '../values.js';
import { mountedVolumes } from './containers.js';
import { mapsOf, stringsOf } from './lists.js';

/** Kinds of volume whose data lives and dies with one pod (`emptyDir`) or one node (`hostPath`). */
export function localStateOf(spec: ValueMap | undefined): Array<'emptyDir' | 'hostPath'> {
  const mounted = mountedVolumes(spec);
  const found = new Set<'emptyDir' | 'hostPath'>();
  for (const volume of mapsOf(get(spec, 'volumes'))) {
    const name = asString(get(volume, 'name'));
    if (name === undefined || !mounted.has(name)) continue;
    if (get(volume, 'emptyDir') !== undefined) found.add('emptyDir');
    if (get(volume, 'hostPath') !== undefined) found.add('hostPath');
  }
  return [...found].sort();
}

/** Names of the PersistentVolumeClaims the pod's volumes use (a pod is not scheduled until they bind). */
export function claimsOf(spec: ValueMap | undefined): string[] {
  const claims = mapsOf(get(spec, 'volumes')).flatMap((volume) => {
    const claim = asString(get(volume, 'persistentVolumeClaim', 'claimName'));
    return claim === undefined ? [] : [claim];
  });
  return [...new Set(claims)].sort();
}

/** ConfigMaps mounted as volumes, directly or through a projected volume. */
export function configMapVolumesOf(spec: ValueMap | undefined): string[] {
  const names: string[] = [];
  for (const volume of mapsOf(get(spec, 'volumes'))) {
    const direct = asString(get(volume, 'configMap', 'name'));
    if (direct !== undefined) names.push(direct);
    for (const source of mapsOf(get(volume, 'projected', 'sources'))) {
      const projected = asString(get(source, 'configMap', 'name'));
      if (projected !== undefined) names.push(projected);
    }
  }
  return names;
}

/** StatefulSet volumeClaimTemplates' access modes, sorted and unique. */
export function claimTemplateAccessModes(body: ValueMap): string[] {
  const modes = new Set<string>();
  for (const template of mapsOf(get(body, 'spec', 'volumeClaimTemplates'))) {
    for (const mode of stringsOf(get(template, 'spec', 'accessModes'))) modes.add(mode);
  }
  return [...modes].sort();
}
