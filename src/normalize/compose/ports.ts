import { isValueMap, type Value } from '../../model/value.js';
import { asList, asString } from '../values.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/i;

/** The host address a short-syntax port binds (`127.0.0.1:8080:80`, `[::1]:80:80`), if any. */
function shortHostAddress(text: string): string | undefined {
  const spec = text.split('/')[0] as string;
  if (spec.startsWith('[')) return spec.slice(0, spec.indexOf(']') + 1);
  const parts = spec.split(':');
  return parts.length >= 3 ? parts.slice(0, parts.length - 2).join(':') : undefined;
}

/**
 * Whether one `ports` entry makes the service reachable from outside its
 * host (Compose specification, "ports"). Every entry publishes, even
 * `"80"` (on a random host port), except one bound to a loopback address.
 * An entry compose could not resolve here still publishes somewhere.
 */
function publishesOutside(entry: Value): boolean {
  if (typeof entry === 'number') return true;
  const text = asString(entry);
  if (text !== undefined) {
    const address = shortHostAddress(text);
    return address === undefined || address === '' || !LOOPBACK.test(address);
  }
  if (isValueMap(entry)) {
    const address = asString(entry.host_ip);
    return address === undefined || !LOOPBACK.test(address);
  }
  return true;
}

/** Whether a service's `ports` publish at least one port beyond the Docker host's loopback. */
export function publishesPorts(ports: Value | undefined): boolean {
  return asList(ports).some(publishesOutside);
}
