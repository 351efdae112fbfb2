import type { Diagnostic } from '../../model/diagnostic.js';
import { componentOf } from './component.js';
import { mapAutoscaler, mapDisruptionBudget } from './control.js';
import { mapWorkload } from './map-workload.js';
import type { Mapped } from './mapped.js';
import { type KubeObject, WORKLOAD_KINDS } from './objects.js';
import { mapGateway, mapHttpRoute, mapIngress } from './routing.js';
import { mapService } from './service.js';
import { mapClaim, mapStorageClass, mapVolume } from './storage.js';

type Mapper = (object: KubeObject, diagnostics: Diagnostic[]) => Mapped;

/** A ConfigMap (mapped only when a workload reads it): configuration, no attributes beyond its namespace. */
function mapConfigMap(object: KubeObject): Mapped {
  const attributes = { namespace: object.namespace ?? 'default' };
  return { object, component: componentOf(object, 'k8s.config-map', attributes), links: [] };
}

const MAPPERS: ReadonlyMap<string, Mapper> = new Map<string, Mapper>([
  ['ConfigMap', mapConfigMap],
  ['Gateway', mapGateway],
  ['HTTPRoute', mapHttpRoute],
  ['HorizontalPodAutoscaler', mapAutoscaler],
  ['Ingress', mapIngress],
  ['PersistentVolume', mapVolume],
  ['PersistentVolumeClaim', mapClaim],
  ['PodDisruptionBudget', mapDisruptionBudget],
  ['Service', mapService],
  ['StorageClass', mapStorageClass],
  ...[...WORKLOAD_KINDS].map((kind): [string, Mapper] => [kind, mapWorkload]),
]);

/** Gateway API kinds are only modelled from their own API group (another CRD may be called `Gateway`). */
const API_GROUPS: ReadonlyMap<string, string> = new Map([
  ['Gateway', 'gateway.networking.k8s.io/'],
  ['HTTPRoute', 'gateway.networking.k8s.io/'],
]);

/** The mapper for an object's kind, or undefined when spof does not model it. */
export function mapperFor(object: KubeObject): Mapper | undefined {
  const group = API_GROUPS.get(object.kind);
  if (group !== undefined) {
    const apiVersion = object.body.apiVersion;
    if (typeof apiVersion !== 'string' || !apiVersion.startsWith(group)) return undefined;
  }
  return MAPPERS.get(object.kind);
}
