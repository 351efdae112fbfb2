import type { ValueMap } from '../../model/value.js';
import { asMap, asString, get } from '../values.js';
import { mapsOf } from './lists.js';

/** The pod's `containers` (the ones that serve; init containers excluded). */
export function containersOf(spec: ValueMap | undefined): ValueMap[] {
  return mapsOf(get(spec, 'containers'));
}

/** Containers and init containers: both must start for the pod to run. */
export function allContainersOf(spec: ValueMap | undefined): ValueMap[] {
  return [...mapsOf(get(spec, 'initContainers')), ...containersOf(spec)];
}

/** Images of every container, as written, sorted and unique. */
export function imagesOf(spec: ValueMap | undefined): string[] {
  const images = allContainersOf(spec).flatMap((container) => {
    const image = asString(get(container, 'image'));
    return image === undefined ? [] : [image];
  });
  return [...new Set(images)].sort();
}

/** Every serving container has a readiness probe (and there is at least one container). */
export function everyContainerReady(spec: ValueMap | undefined): boolean {
  const containers = containersOf(spec);
  return (
    containers.length > 0 &&
    containers.every((container) => asMap(get(container, 'readinessProbe')) !== undefined)
  );
}

/** Names of the volumes some container mounts. */
export function mountedVolumes(spec: ValueMap | undefined): Set<string> {
  const names = new Set<string>();
  for (const container of allContainersOf(spec)) {
    for (const mount of mapsOf(get(container, 'volumeMounts'))) {
      const name = asString(get(mount, 'name'));
      if (name !== undefined) names.add(name);
    }
  }
  return names;
}
