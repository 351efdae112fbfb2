import type { Diagnostic } from '../../model/diagnostic.js';
import { componentOf } from './component.js';
import { environmentOf } from './config-reads.js';
import { link, type Mapped } from './mapped.js';
import { KIND_MAP, type KubeObject } from './objects.js';
import { ownerLinks } from './owners.js';
import { podTemplateOf } from './pod-template.js';
import { claimsOf } from './volumes.js';
import { workloadAttributes } from './workload.js';

/** A workload: its attributes, its claims (`volume`), the ConfigMaps it reads (`config`) and its owners. */
export function mapWorkload(object: KubeObject, diagnostics: Diagnostic[]): Mapped {
  const kind = KIND_MAP.get(object.kind);
  if (kind === undefined) throw new Error(`not a workload kind: ${object.kind}`);
  const spec = podTemplateOf(object)?.spec;
  const environment = environmentOf(spec);
  const namespace = object.namespace ?? 'default';
  const links = [
    ...claimsOf(spec).flatMap((claim) => link('volume', 'PersistentVolumeClaim', namespace, claim, true)),
    // ConfigMaps may come from a generator outside the manifests: no diagnostic when absent.
    ...environment.configMaps.flatMap((name) => link('config', 'ConfigMap', namespace, name, false)),
    ...ownerLinks(object),
  ];
  const component = componentOf(object, kind, workloadAttributes(object, diagnostics));
  return { object, component, links, environment };
}
