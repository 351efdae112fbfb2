import type { SourceLocation } from '../../model/location.js';
import { isValueMap } from '../../model/value.js';
import { asBoolean, asList, asString } from '../values.js';
import { locate, type Merged, setting } from './merge.js';

/** A service another one waits for or attaches to, and where that is written. */
export interface Dependency {
  target: string;
  /** What compose calls the setting, for messages. */
  via: 'depends_on' | 'links' | 'volumes_from' | 'network_mode';
  /** False for `depends_on: {x: {required: false}}`: compose starts the service without it. */
  required: boolean;
  location: SourceLocation;
}

function dependsOn(service: Merged): Dependency[] {
  const value = setting(service, 'depends_on');
  if (isValueMap(value)) {
    return Object.keys(value).map((target) => ({
      target,
      via: 'depends_on',
      required: asBoolean(setting(service, 'depends_on', target, 'required')) !== false,
      location: locate(service, 'depends_on', target),
    }));
  }
  return asList(value)
    .map(asString)
    .filter((target) => target !== undefined)
    .map((target) => ({
      target,
      via: 'depends_on',
      required: true,
      location: locate(service, 'depends_on', target),
    }));
}

/** `links: [db, "db:database"]` and `volumes_from: [data, "data:ro"]` name a service before the colon. */
function namedBeforeColon(service: Merged, key: 'links' | 'volumes_from'): Dependency[] {
  return asList(setting(service, key))
    .map(asString)
    .filter((item) => item !== undefined && !item.startsWith('container:'))
    .map((item) => ({
      target: (item as string).split(':')[0] as string,
      via: key,
      required: true,
      location: locate(service, key),
    }));
}

/** `network_mode: service:vpn` runs inside another service's network stack: it falls with it. */
function networkOwner(service: Merged): Dependency[] {
  const mode = asString(setting(service, 'network_mode'));
  if (mode === undefined || !mode.startsWith('service:')) return [];
  const target = mode.slice('service:'.length);
  return [{ target, via: 'network_mode', required: true, location: locate(service, 'network_mode') }];
}

/**
 * The services this one cannot start or run without (Compose specification:
 * depends_on, links, volumes_from, network_mode). Compose starts them first
 * and refuses a project where they name no service.
 */
export function dependenciesOf(service: Merged): Dependency[] {
  return [
    ...dependsOn(service),
    ...namedBeforeColon(service, 'links'),
    ...namedBeforeColon(service, 'volumes_from'),
    ...networkOwner(service),
  ];
}
