import type { ComponentAttributes } from '../../model/component.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { asString, get } from '../values.js';
import { bound } from './bounds.js';
import { everyContainerReady, imagesOf } from './containers.js';
import { type KubeObject, stringMap } from './objects.js';
import { hostSpreadOf, pinnedZonesOf, zoneSpreadOf } from './placement.js';
import { podTemplateOf } from './pod-template.js';
import { claimsOf, claimTemplateAccessModes, localStateOf } from './volumes.js';

type Strategy = NonNullable<ComponentAttributes['updateStrategy']>;
const STRATEGIES = new Set<string>(['RollingUpdate', 'Recreate', 'OnDelete']);

/**
 * The pod count field each kind has: `replicas`, or a Job's `parallelism`. Omitted
 * stays undefined (Kubernetes then runs 1), so findings can say it was left out.
 */
function countOf(object: KubeObject, diagnostics: Diagnostic[]): number | undefined {
  if (object.kind === 'DaemonSet') return undefined;
  if (object.kind === 'Pod') return 1;
  const spec =
    object.kind === 'CronJob' ? get(object.body, 'spec', 'jobTemplate', 'spec') : get(object.body, 'spec');
  const field = object.kind === 'Job' || object.kind === 'CronJob' ? 'parallelism' : 'replicas';
  const value = get(spec, field);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  diagnostics.push({
    code: 'unresolved-value',
    level: 'warning',
    message: `${field} of ${object.kind} ${object.name} is not a whole number; its replica count is unknown`,
    file: object.fact.location.file,
    line: object.fact.location.line,
  });
  return undefined;
}

function strategyOf(object: KubeObject): { updateStrategy?: Strategy; maxUnavailable?: string | number } {
  const spec = get(object.body, 'spec');
  const field = object.kind === 'Deployment' ? 'strategy' : 'updateStrategy';
  if (!['Deployment', 'StatefulSet', 'DaemonSet'].includes(object.kind)) return {};
  const written = asString(get(spec, field, 'type'));
  const type = (written !== undefined && STRATEGIES.has(written) ? written : 'RollingUpdate') as Strategy;
  if (type !== 'RollingUpdate') return { updateStrategy: type };
  // Kubernetes defaults: 25% for a Deployment, 1 for a DaemonSet; a StatefulSet updates one pod at a time.
  const fallback = object.kind === 'Deployment' ? '25%' : object.kind === 'DaemonSet' ? 1 : undefined;
  const maxUnavailable = bound(get(spec, field, 'rollingUpdate', 'maxUnavailable')) ?? fallback;
  return maxUnavailable === undefined ? { updateStrategy: type } : { updateStrategy: type, maxUnavailable };
}

/** Canonical attributes of a workload, from its pod template and its controller spec. */
export function workloadAttributes(object: KubeObject, diagnostics: Diagnostic[]): ComponentAttributes {
  const template = podTemplateOf(object);
  const spec = template?.spec;
  const attributes: ComponentAttributes = {};
  if (object.namespace !== undefined) attributes.namespace = object.namespace;
  attributes.labels = stringMap(get(template?.metadata, 'labels')) ?? Object.create(null);
  const count = countOf(object, diagnostics);
  if (count !== undefined) attributes.count = count;
  attributes.images = imagesOf(spec);
  // Our own attribute object, never parsed input: copying it is safe.
  Object.assign(attributes, strategyOf(object));
  attributes.readinessProbe = everyContainerReady(spec);
  attributes.zoneSpread = zoneSpreadOf(spec);
  attributes.hostSpread = hostSpreadOf(spec);
  const pinned = pinnedZonesOf(spec);
  if (pinned !== undefined) attributes.pinnedZones = pinned;
  attributes.localState = localStateOf(spec);
  const claimModes = object.kind === 'StatefulSet' ? claimTemplateAccessModes(object.body) : [];
  if (claimModes.length > 0) attributes.accessModes = claimModes;
  attributes.holdsState = object.kind === 'StatefulSet' || claimsOf(spec).length > 0;
  if (object.kind === 'Pod') {
    const owners = get(object.body, 'metadata', 'ownerReferences');
    attributes.controlled = Array.isArray(owners) && owners.length > 0;
  }
  return attributes;
}
