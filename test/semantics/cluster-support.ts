import type { Component, ComponentAttributes, Relation } from '../../src/model/component.js';
import { UNKNOWN_REGION } from '../../src/model/domains.js';
import type { ComponentKind } from '../../src/model/kinds.js';

let line = 1;

export interface ObjectOptions {
  namespace?: string;
  attributes?: ComponentAttributes;
  relations?: Array<[role: string, target: string]>;
  zones?: string[];
}

function relationsOf(options: ObjectOptions, file: string, at: number): Relation[] {
  return (options.relations ?? []).map(([role, target]) => ({ role, target, location: { file, line: at } }));
}

/** A Kubernetes object as the Kubernetes normalizer emits it: `k8s.<kind>:<namespace>/<name>`. */
export function kube(kind: ComponentKind, name: string, options: ObjectOptions = {}): Component {
  const namespace = options.namespace ?? 'default';
  const at = line++;
  return {
    id: `${kind}:${namespace}/${name}`,
    kind,
    name,
    nativeType: kind.slice('k8s.'.length),
    format: 'kubernetes',
    provider: 'kubernetes',
    region: UNKNOWN_REGION,
    cluster: 'cluster',
    zones: options.zones ?? [],
    attributes: { namespace, ...options.attributes },
    relations: relationsOf(options, 'app.yaml', at),
    dependsOn: [],
    tags: {},
    locations: [{ file: 'app.yaml', line: at }],
  };
}

/** The canonical id of a Kubernetes object in the default namespace. */
export const k8s = (kind: string, name: string) => `k8s.${kind}:default/${name}`;

/** A compose service or volume as the compose normalizer emits it: `compose.<kind>:<project>/<name>`. */
export function compose(
  kind: 'compose.service' | 'compose.volume',
  project: string,
  name: string,
  options: ObjectOptions = {},
): Component {
  const at = line++;
  return {
    id: `${kind}:${project}/${name}`,
    kind,
    name,
    nativeType: kind === 'compose.service' ? 'service' : 'volume',
    format: 'compose',
    provider: 'docker',
    region: UNKNOWN_REGION,
    cluster: project,
    zones: [],
    attributes: { ...options.attributes },
    relations: relationsOf(options, 'compose.yaml', at),
    dependsOn: [],
    tags: {},
    locations: [{ file: 'compose.yaml', line: at }],
  };
}

/** A Deployment and the Service selecting it, both named `name`. */
export function app(
  name: string,
  deployment: ObjectOptions = {},
  service: ComponentAttributes = {},
): Component[] {
  return [
    kube('k8s.deployment', name, deployment),
    kube('k8s.service', name, {
      attributes: service,
      relations: [['selects', k8s('deployment', name)]],
    }),
  ];
}

/** A shop: a LoadBalancer Service over frontend (3 replicas, spread), which calls the cart Service (1 replica). */
export function shop(): Component[] {
  return [
    ...app(
      'frontend',
      {
        attributes: { count: 3, zoneSpread: 'required' },
        relations: [['calls', k8s('service', 'cart')]],
      },
      { serviceType: 'LoadBalancer' },
    ),
    ...app('cart'),
  ];
}
