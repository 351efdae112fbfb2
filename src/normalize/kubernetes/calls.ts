import type { Value } from '../../model/value.js';
import { asString, get } from '../values.js';
import type { ConfigRead } from './config-reads.js';
import { hostReferences } from './env-hosts.js';
import type { MappedIndex } from './index-of.js';
import type { Mapped } from './mapped.js';

/** The values a workload reads from one ConfigMap: every data value (`envFrom`) or the listed keys. */
function configValues(configMap: Mapped | undefined, read: ConfigRead): string[] {
  const data = get(configMap?.object.body, 'data');
  if (data === undefined || typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const keys =
    read.keys === undefined ? Object.keys(data) : [...read.keys].filter((key) => Object.hasOwn(data, key));
  return keys.flatMap((key) => {
    const text = asString((data as Record<string, Value>)[key]);
    return text === undefined ? [] : [text];
  });
}

/**
 * A workload `calls` every Service its environment names (literal env
 * values and the ConfigMap values it reads into env), in its own namespace
 * unless the name says another. The values themselves never leave this
 * function: only the relation does. A Service that selects the workload
 * itself is not a call.
 */
export function learnCalls(index: MappedIndex): void {
  for (const mapped of index.all) {
    const environment = mapped.environment;
    if (environment === undefined) continue;
    const namespace = mapped.object.namespace ?? 'default';
    const values = [...environment.values];
    for (const read of [...environment.configReads.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      values.push(...configValues(index.find('ConfigMap', namespace, read.name), read));
    }
    const own = mapped.component.id;
    for (const value of values) {
      for (const reference of hostReferences(value)) {
        const service = index.find('Service', reference.namespace ?? namespace, reference.name);
        if (service === undefined) continue;
        if (
          service.component.relations.some(
            (relation) => relation.role === 'selects' && relation.target === own,
          )
        )
          continue;
        mapped.component.relations.push({
          role: 'calls',
          target: service.component.id,
          location: mapped.object.fact.location,
        });
      }
    }
  }
}
