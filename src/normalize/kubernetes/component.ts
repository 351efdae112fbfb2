import type { Component, ComponentAttributes } from '../../model/component.js';
import { UNKNOWN_HOSTING, zoneKeyByName } from '../../model/domains.js';
import type { ComponentKind } from '../../model/kinds.js';
import { componentId, type KubeObject, labelsOf } from './objects.js';

/** The cluster every object of a scan runs in: manifests do not say which. */
export const CLUSTER = 'cluster';

/**
 * A component for one object: no relations yet, zones only when the object
 * pins its pods to named zones. Tags are the object's labels (reports show
 * only allowlisted keys).
 */
export function componentOf(
  object: KubeObject,
  kind: ComponentKind,
  attributes: ComponentAttributes,
): Component {
  const zones = (attributes.pinnedZones ?? []).map((zone) => zoneKeyByName(zone));
  return {
    id: componentId(kind, object),
    kind,
    name: object.name,
    nativeType: object.kind,
    format: 'kubernetes',
    provider: 'kubernetes',
    region: UNKNOWN_HOSTING,
    cluster: CLUSTER,
    zones: [...new Set(zones)].sort(),
    attributes,
    relations: [],
    dependsOn: [],
    tags: labelsOf(object),
    locations: [object.fact.location],
  };
}
