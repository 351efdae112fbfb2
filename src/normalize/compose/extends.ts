import type { Diagnostic } from '../../model/diagnostic.js';
import { isValueMap } from '../../model/value.js';
import { asString } from '../values.js';
import { locate, type Merged, type MergedProject, type Setting, setting } from './merge.js';

// Compose docs ("Extend your Compose file"): these are never shared through extends.
const NOT_SHARED = new Set(['depends_on', 'volumes_from', 'extends']);

/** The service an `extends` names in the same project; `file` when it names another file (not followed). */
function extended(service: Merged): string | 'file' | undefined {
  const value = setting(service, 'extends');
  if (typeof value === 'string') return value;
  if (!isValueMap(value)) return undefined;
  if (value.file !== undefined) return 'file';
  return asString(value.service);
}

/** Whether a service extends one of another file, which is not read: its settings are incomplete. */
export function extendsAnotherFile(service: Merged): boolean {
  return extended(service) === 'file';
}

/**
 * Resolves `extends` within a project: a service gets every setting of the
 * services it extends (nearest first) that it does not set itself, except
 * depends_on and volumes_from. Chains are followed iteratively; a cycle or a
 * name that is no service is reported and stops the chain.
 */
export function applyExtends(project: MergedProject, diagnostics: Diagnostic[]): void {
  const inherited = new Map<Merged, Map<string, Setting>>();
  const reportedCycles = new Set<string>();
  for (const name of [...project.services.keys()].sort()) {
    const service = project.services.get(name) as Merged;
    const gained = new Map<string, Setting>();
    const seen = new Set<string>([name]);
    let current = service;
    for (
      let target = extended(current);
      target !== undefined && target !== 'file';
      target = extended(current)
    ) {
      const at = locate(current, 'extends');
      const base = project.services.get(target);
      if (base === undefined || seen.has(target)) {
        const message =
          base === undefined
            ? `extends of service ${current.name} names ${target}, which is no service of project ${project.name}`
            : `extends of service ${current.name} leads back to ${target}: a cycle`;
        const code = base === undefined ? 'dangling-reference' : 'invalid-manifest';
        // A missing name is reported by the service that writes it, a cycle once for its members.
        const key = base === undefined ? current.name : [...seen].sort().join('\u0000');
        const report = base === undefined ? current === service : !reportedCycles.has(key);
        if (base !== undefined) reportedCycles.add(key);
        if (report) diagnostics.push({ code, level: 'error', message, file: at.file, line: at.line });
        break;
      }
      seen.add(target);
      for (const [key, value] of base.settings) {
        if (!NOT_SHARED.has(key) && !service.settings.has(key) && !gained.has(key)) gained.set(key, value);
      }
      current = base;
    }
    inherited.set(service, gained);
  }
  for (const [service, gained] of inherited)
    for (const [key, value] of gained) service.settings.set(key, value);
}
