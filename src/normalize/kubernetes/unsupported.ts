import type { Diagnostic } from '../../model/diagnostic.js';
import type { KubeObject } from './objects.js';

/** One `unsupported-resource` note per kind per file, at its first object, as for CloudFormation. */
export function reportUnsupported(objects: readonly KubeObject[], diagnostics: Diagnostic[]): void {
  const first = new Map<string, KubeObject>();
  for (const object of objects) {
    const key = `${object.fact.location.file}\u0000${object.kind}`;
    if (!first.has(key)) first.set(key, object);
  }
  for (const object of first.values()) {
    diagnostics.push({
      code: 'unsupported-resource',
      level: 'note',
      message: `objects of kind ${object.kind} are not modelled; they are left out of the graph`,
      file: object.fact.location.file,
      line: object.fact.location.line,
    });
  }
}
