import type { Diagnostic } from '../../model/diagnostic.js';
import type { MappedIndex } from './index-of.js';

/**
 * Turns every link into a relation when its target is in the scan; an
 * expected target that is missing (a Service an Ingress sends to, a claim a
 * pod mounts) is a `dangling-reference` warning: that edge is unknown.
 */
export function resolveLinks(index: MappedIndex, diagnostics: Diagnostic[]): void {
  for (const mapped of index.all) {
    const { component, object } = mapped;
    for (const link of mapped.links) {
      const target = index.find(link.kind, link.namespace, link.name);
      if (target !== undefined) {
        component.relations.push({
          role: link.role,
          target: target.component.id,
          location: object.fact.location,
        });
        continue;
      }
      if (!link.expected) continue;
      const where = link.namespace === undefined ? link.name : `${link.namespace}/${link.name}`;
      diagnostics.push({
        code: 'dangling-reference',
        level: 'warning',
        message: `${object.kind} ${object.name} refers to ${link.kind} ${where} (${link.role}), which is not in the scanned manifests`,
        file: object.fact.location.file,
        line: object.fact.location.line,
      });
    }
  }
}
