import type { SourceLocation } from '../../model/location.js';
import { isValueMap, type Value } from '../../model/value.js';
import { asList, asString, stringList } from '../values.js';
import { locate, type Merged, setting } from './merge.js';

/** A service another one talks to, learnt from an environment variable naming it. */
export interface Call {
  target: string;
  location: SourceLocation;
}

/**
 * Every name under which a service answers on its networks, lower case, to
 * the service: its own name, `container_name`, network `aliases`, and the
 * static `ipv4_address`/`ipv6_address` it is given (pihole reaches
 * cloudflared as `172.20.0.2#5054`).
 */
export function addressBook(services: ReadonlyMap<string, Merged>): Map<string, string> {
  const book = new Map<string, string>();
  const add = (address: string | undefined, service: string) => {
    if (address !== undefined && address !== '' && !book.has(address.toLowerCase()))
      book.set(address.toLowerCase(), service);
  };
  const names = [...services.keys()].sort();
  for (const name of names) add(name, name);
  for (const name of names) {
    const service = services.get(name) as Merged;
    add(asString(setting(service, 'container_name')), name);
    const networks = setting(service, 'networks');
    if (!isValueMap(networks)) continue;
    for (const network of Object.keys(networks).sort()) {
      const attachment = networks[network];
      for (const alias of stringList(isValueMap(attachment) ? attachment.aliases : undefined))
        add(alias, name);
      add(asString(isValueMap(attachment) ? attachment.ipv4_address : undefined), name);
      add(asString(isValueMap(attachment) ? attachment.ipv6_address : undefined), name);
    }
  }
  return book;
}

/** The host a token names: `http://api:8080/x`, `redis://:pw@cache:6379`, `db:3306`, `db`, `10.0.0.2#53`. */
function hostOf(token: string): string {
  let rest = token.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const pathStart = rest.search(/[/?]/);
  if (pathStart >= 0) rest = rest.slice(0, pathStart);
  rest = rest.slice(rest.lastIndexOf('@') + 1);
  rest = rest.split('#')[0] as string;
  if (rest.startsWith('[')) return rest.slice(1, Math.max(1, rest.indexOf(']')));
  const colon = rest.indexOf(':');
  return colon >= 0 ? rest.slice(0, colon) : rest;
}

/** Named environment values; a `KEY=VALUE` list item is split here and nowhere else. */
function environment(service: Merged): Array<[string, Value]> {
  const value = setting(service, 'environment');
  if (isValueMap(value)) return Object.keys(value).map((key) => [key, value[key] as Value]);
  return asList(value).flatMap((item): Array<[string, Value]> => {
    const text = asString(item);
    if (text === undefined) return [];
    const equals = text.indexOf('=');
    return equals < 0 ? [] : [[text.slice(0, equals), text.slice(equals + 1)]];
  });
}

/**
 * The services of the project a service calls, learnt from its environment
 * values (`DB_HOST=db`, `db:3306`, `http://api:8080`, `redis://cache`,
 * comma-separated lists of them). Values are only matched, never kept: the
 * result names services and the lines of the variables, nothing else.
 */
export function callsOf(service: Merged, book: ReadonlyMap<string, string>): Call[] {
  const calls: Call[] = [];
  for (const [key, value] of environment(service)) {
    if (typeof value !== 'string') continue;
    for (const token of value.split(/[\s,;]+/)) {
      const target = book.get(hostOf(token).toLowerCase());
      if (target !== undefined && target !== service.name)
        calls.push({ target, location: locate(service, 'environment', key) });
    }
  }
  return calls;
}
