import { asString, get } from '../values.js';
import { mapsOf } from './lists.js';
import { type Link, link } from './mapped.js';
import type { KubeObject } from './objects.js';

/** `ownedBy` links to the controllers named in ownerReferences (same namespace; absent ones are not reported). */
export function ownerLinks(object: KubeObject): Link[] {
  return mapsOf(get(object.body, 'metadata', 'ownerReferences')).flatMap((owner) => {
    const kind = asString(get(owner, 'kind'));
    return kind === undefined
      ? []
      : link('ownedBy', kind, object.namespace, asString(get(owner, 'name')), false);
  });
}
