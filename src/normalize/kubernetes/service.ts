import type { ComponentAttributes } from '../../model/component.js';
import { asString, get } from '../values.js';
import { componentOf } from './component.js';
import type { Mapped } from './mapped.js';
import type { KubeObject } from './objects.js';
import { serviceSelector } from './selector.js';

type ServiceType = NonNullable<ComponentAttributes['serviceType']>;
const SERVICE_TYPES = new Set<string>(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);

/** A Service: its type (ClusterIP by default) and the selector that picks its pods. */
export function mapService(object: KubeObject): Mapped {
  const written = asString(get(object.body, 'spec', 'type'));
  const attributes: ComponentAttributes = {
    namespace: object.namespace ?? 'default',
    serviceType: (written !== undefined && SERVICE_TYPES.has(written) ? written : 'ClusterIP') as ServiceType,
  };
  const selector = serviceSelector(object.body);
  if (selector !== undefined) attributes.selector = selector.equalities;
  const mapped: Mapped = { object, component: componentOf(object, 'k8s.service', attributes), links: [] };
  if (selector !== undefined) mapped.selector = { role: 'selects', selector };
  return mapped;
}
