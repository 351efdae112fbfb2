import type { Mapped } from './mapped.js';
import { type KubeObject, objectKey } from './objects.js';

/** The mapped objects of a scan, found by kind, namespace and name. */
export class MappedIndex {
  private readonly byKey = new Map<string, Mapped>();

  constructor(readonly all: readonly Mapped[]) {
    for (const mapped of all) {
      const { kind, namespace, name } = mapped.object;
      this.byKey.set(objectKey(kind, namespace, name), mapped);
    }
  }

  find(kind: string, namespace: string | undefined, name: string): Mapped | undefined {
    return this.byKey.get(objectKey(kind, namespace, name));
  }

  /** Whether a controller named in the object's ownerReferences is in the scan: then it stands for the object. */
  ownedInScan(object: KubeObject): boolean {
    const mapped = this.find(object.kind, object.namespace, object.name);
    return (
      mapped?.links.some(
        (link) => link.role === 'ownedBy' && this.find(link.kind, link.namespace, link.name),
      ) ?? false
    );
  }
}
