import type { Component, ComponentAttributes } from '../../../src/model/component.js';
import { COMPONENT_KINDS, type ComponentKind } from '../../../src/model/kinds.js';

let line = 0;

/**
 * A Kubernetes or compose component as the normalizers write it:
 * `k8s.<kind>:<namespace>/<name>` or `compose.<kind>:<project>/<name>`.
 */
export function workload(
  kind: ComponentKind,
  name: string,
  attributes: ComponentAttributes = {},
  relations: Array<[string, string]> = [],
): Component {
  line += 10;
  const compose = kind.startsWith('compose.');
  const [scope, short] = name.includes('/') ? name.split('/', 2) : [compose ? 'shop' : 'default', name];
  return {
    id: `${kind}:${scope}/${short}`,
    kind,
    name: short ?? name,
    nativeType: COMPONENT_KINDS[kind].title,
    format: compose ? 'compose' : 'kubernetes',
    provider: compose ? 'docker' : 'kubernetes',
    region: 'deployment-region',
    cluster: compose ? scope : 'cluster',
    zones: [],
    attributes,
    relations: relations.map(([role, target]) => ({
      role,
      target,
      location: { file: 'manifests.yaml', line },
    })),
    dependsOn: [],
    tags: {},
    locations: [{ file: compose ? 'compose.yaml' : 'manifests.yaml', line }],
  };
}
