import type { ComponentAttributes } from '../../model/component.js';
import { asMap, asString, get } from '../values.js';
import { bound } from './bounds.js';
import { componentOf } from './component.js';
import { link, type Mapped } from './mapped.js';
import type { KubeObject } from './objects.js';
import { labelSelector } from './selector.js';

/** A PodDisruptionBudget: its selector, minAvailable and maxUnavailable as written. */
export function mapDisruptionBudget(object: KubeObject): Mapped {
  const spec = get(object.body, 'spec');
  const attributes: ComponentAttributes = { namespace: object.namespace ?? 'default' };
  const minAvailable = bound(get(spec, 'minAvailable'));
  const maxUnavailable = bound(get(spec, 'maxUnavailable'));
  if (minAvailable !== undefined) attributes.minAvailable = minAvailable;
  if (maxUnavailable !== undefined) attributes.maxUnavailable = maxUnavailable;
  const selector = labelSelector(asMap(get(spec, 'selector')));
  if (selector !== undefined) attributes.selector = selector.equalities;
  const mapped: Mapped = {
    object,
    component: componentOf(object, 'k8s.pod-disruption-budget', attributes),
    links: [],
  };
  if (selector !== undefined) mapped.selector = { role: 'protects', selector };
  return mapped;
}

/** The floor an autoscaler keeps its target at: `minReplicas`, 1 when omitted. */
export function autoscalerFloor(object: KubeObject): number {
  const value = get(object.body, 'spec', 'minReplicas');
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 1;
}

/** A HorizontalPodAutoscaler: `scales` its target; its floor goes on the target (see index.ts). */
export function mapAutoscaler(object: KubeObject): Mapped {
  const target = get(object.body, 'spec', 'scaleTargetRef');
  const namespace = object.namespace ?? 'default';
  const attributes: ComponentAttributes = { namespace, minSize: autoscalerFloor(object) };
  const maxSize = get(object.body, 'spec', 'maxReplicas');
  if (typeof maxSize === 'number' && Number.isInteger(maxSize)) attributes.maxSize = maxSize;
  const kind = asString(get(target, 'kind'));
  const links =
    kind === undefined ? [] : link('scales', kind, namespace, asString(get(target, 'name')), true);
  return { object, component: componentOf(object, 'k8s.horizontal-pod-autoscaler', attributes), links };
}
