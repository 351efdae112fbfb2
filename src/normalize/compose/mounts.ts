import type { SourceLocation } from '../../model/location.js';
import { isValueMap, type Value } from '../../model/value.js';
import { asList, asString } from '../values.js';
import { locate, type Merged, setting } from './merge.js';

/** A named volume a service mounts, and where. */
export interface VolumeMount {
  volume: string;
  location: SourceLocation;
}

/** A short-syntax source that is a path (bind mount), not a volume name: `./x`, `/x`, `~/x`, `C:\x`. */
function isPath(source: string): boolean {
  return /^(\.|\/|~|[A-Za-z]:[\\/]|\\\\)/.test(source);
}

/** The named volume of one `volumes` entry: `data:/var/lib/x[:ro]` or `{type: volume, source: data}`. */
function namedVolume(entry: Value): string | undefined {
  if (isValueMap(entry)) {
    const type = asString(entry.type) ?? 'volume';
    const source = asString(entry.source);
    return type === 'volume' && source !== undefined && source !== '' ? source : undefined;
  }
  const text = asString(entry);
  if (text === undefined) return undefined;
  const colon = text.indexOf(':');
  // One part (`/data`) is an anonymous volume: it lives and dies with the container.
  if (colon <= 0) return undefined;
  const source = text.slice(0, colon);
  return isPath(source) ? undefined : source;
}

/** The named volumes a service mounts (bind mounts, anonymous volumes and tmpfs are not named volumes). */
export function volumeMounts(service: Merged): VolumeMount[] {
  const mounts: VolumeMount[] = [];
  asList(setting(service, 'volumes')).forEach((entry, index) => {
    const volume = namedVolume(entry);
    if (volume !== undefined) mounts.push({ volume, location: locate(service, 'volumes', String(index)) });
  });
  return mounts;
}
