import type { ComponentAttributes } from '../../model/component.js';
import { asString, get } from '../values.js';
import { componentOf } from './component.js';
import { stringsOf } from './lists.js';
import { type Link, link, type Mapped } from './mapped.js';
import type { KubeObject } from './objects.js';

const LEGACY_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';

/** `storageClassName`, or the legacy annotation; `""` means "no class" and links nothing. */
function storageClassLink(object: KubeObject): Link[] {
  const name =
    asString(get(object.body, 'spec', 'storageClassName')) ??
    asString(get(object.body, 'metadata', 'annotations', LEGACY_CLASS_ANNOTATION));
  // A class the cluster provides (`standard`, `gp2`) is rarely in the manifests: no diagnostic when absent.
  return link('storageClass', 'StorageClass', undefined, name, false);
}

function accessModes(object: KubeObject): ComponentAttributes {
  const modes = [...new Set(stringsOf(get(object.body, 'spec', 'accessModes')))].sort();
  return modes.length > 0 ? { accessModes: modes } : {};
}

/** A claim: its access modes, the volume it is bound to (`volumeName`) and its class. */
export function mapClaim(object: KubeObject): Mapped {
  const attributes: ComponentAttributes = {
    namespace: object.namespace ?? 'default',
    ...accessModes(object),
  };
  const volume = asString(get(object.body, 'spec', 'volumeName'));
  // Dynamically provisioned volumes are not in the manifests: no diagnostic when absent.
  const links = [
    ...link('boundTo', 'PersistentVolume', undefined, volume, false),
    ...storageClassLink(object),
  ];
  return { object, component: componentOf(object, 'k8s.persistent-volume-claim', attributes), links };
}

/** A volume: its access modes, its class, and node-local storage (`hostPath`, `local`) as local state. */
export function mapVolume(object: KubeObject): Mapped {
  const attributes: ComponentAttributes = { ...accessModes(object) };
  const spec = get(object.body, 'spec');
  if (get(spec, 'hostPath') !== undefined || get(spec, 'local') !== undefined)
    attributes.localState = ['hostPath'];
  return {
    object,
    component: componentOf(object, 'k8s.persistent-volume', attributes),
    links: storageClassLink(object),
  };
}

/** A storage class: no attributes of its own; claims and volumes point at it. */
export function mapStorageClass(object: KubeObject): Mapped {
  return { object, component: componentOf(object, 'k8s.storage-class', {}), links: [] };
}

/** A PV's `claimRef`: the claim it is reserved for, which is then bound to it. */
export function claimOfVolume(object: KubeObject): { namespace: string; name: string } | undefined {
  const name = asString(get(object.body, 'spec', 'claimRef', 'name'));
  if (name === undefined) return undefined;
  return { namespace: asString(get(object.body, 'spec', 'claimRef', 'namespace')) ?? 'default', name };
}
