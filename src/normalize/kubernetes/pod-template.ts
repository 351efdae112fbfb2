import type { ValueMap } from '../../model/value.js';
import { asMap, get } from '../values.js';
import type { KubeObject } from './objects.js';

/** A pod as a workload describes it: its labels and its spec. */
export interface PodTemplate {
  metadata: ValueMap | undefined;
  spec: ValueMap | undefined;
}

/**
 * Where each workload kind keeps its pod: `spec.template` for controllers,
 * `spec.jobTemplate.spec.template` for a CronJob, the object itself for a Pod.
 */
export function podTemplateOf(object: KubeObject): PodTemplate | undefined {
  let template: ValueMap | undefined;
  switch (object.kind) {
    case 'Pod':
      template = object.body;
      break;
    case 'CronJob':
      template = asMap(get(object.body, 'spec', 'jobTemplate', 'spec', 'template'));
      break;
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'Job':
      template = asMap(get(object.body, 'spec', 'template'));
      break;
    default:
      return undefined;
  }
  return { metadata: asMap(get(template, 'metadata')), spec: asMap(get(template, 'spec')) };
}
