import type { Diagnostic } from '../../model/diagnostic.js';
import type { SourceLocation } from '../../model/location.js';
import type { KubeObject } from './objects.js';

function where(location: SourceLocation): string {
  return `${location.file}:${location.line}`;
}

/**
 * Keeps the first object of each kind, namespace and name (objects come in
 * file and line order); every later one is a `duplicate-object` error naming
 * both places: `kubectl apply` would let one silently replace the other.
 */
export function withoutDuplicates(objects: readonly KubeObject[], diagnostics: Diagnostic[]): KubeObject[] {
  const first = new Map<string, KubeObject>();
  const kept: KubeObject[] = [];
  for (const object of objects) {
    const seen = first.get(object.fact.id);
    if (seen === undefined) {
      first.set(object.fact.id, object);
      kept.push(object);
      continue;
    }
    const scope = object.namespace === undefined ? '' : `${object.namespace}/`;
    diagnostics.push({
      code: 'duplicate-object',
      level: 'error',
      message: `${object.kind} ${scope}${object.name} is declared twice, at ${where(seen.fact.location)} and at ${where(object.fact.location)}; the second is ignored`,
      file: object.fact.location.file,
      line: object.fact.location.line,
    });
  }
  return kept;
}
