import type { ResourceFact } from '../../model/facts.js';
import type { ValueMap } from '../../model/value.js';
import { field, isRawMap, type RawMap } from '../cloudformation/raw.js';
import { objectId } from './scope.js';

/** What an object must have to become a fact, or what it lacks. */
export type ObjectReading = { ok: true; fact: ResourceFact } | { ok: false; missing: string };

/**
 * Keys of a Secret that may become facts. Its `data`, `stringData` and
 * annotations (kubectl's last-applied-configuration copies the data) never do:
 * secret values must not reach any output.
 */
const SECRET_KEYS = ['apiVersion', 'kind', 'type', 'immutable'];
const SECRET_METADATA_KEYS = ['name', 'namespace', 'labels', 'ownerReferences'];

function pick(source: RawMap, keys: readonly string[]): RawMap {
  const copy: RawMap = Object.create(null);
  for (const key of keys) if (Object.hasOwn(source, key)) copy[key] = source[key];
  return copy;
}

function withoutSecretValues(object: RawMap): RawMap {
  const copy = pick(object, SECRET_KEYS);
  const metadata = field(object, 'metadata');
  if (isRawMap(metadata)) copy.metadata = pick(metadata, SECRET_METADATA_KEYS);
  return copy;
}

/**
 * `metadata.name`; for an object named by the server (`generateName`, as
 * `kubectl create` runs of Jobs and pipeline runs are), the prefix and its
 * line, since every such object is a distinct one.
 */
function nameOf(metadata: RawMap, line: number): string | undefined {
  const name = field(metadata, 'name');
  if (typeof name === 'string' && name !== '') return name;
  const prefix = field(metadata, 'generateName');
  return typeof prefix === 'string' && prefix !== '' ? `${prefix}@${line}` : undefined;
}

/**
 * The fact for one object. A typed List (`DeploymentList`) lends its items
 * the kind and apiVersion they may omit.
 */
export function readObject(value: unknown, file: string, line: number, list?: RawMap): ObjectReading {
  if (!isRawMap(value)) return { ok: false, missing: 'a map' };
  const listKind = list === undefined ? undefined : field(list, 'kind');
  const lent = typeof listKind === 'string' && listKind !== 'List' ? listKind.slice(0, -4) : undefined;
  const kind = field(value, 'kind') ?? lent;
  const apiVersion =
    field(value, 'apiVersion') ?? (lent === undefined ? undefined : field(list as RawMap, 'apiVersion'));
  if (typeof kind !== 'string' || kind === '') return { ok: false, missing: 'kind' };
  if (typeof apiVersion !== 'string' || apiVersion === '') return { ok: false, missing: 'apiVersion' };
  const metadata = field(value, 'metadata');
  const name = isRawMap(metadata) ? nameOf(metadata, line) : undefined;
  if (name === undefined) return { ok: false, missing: 'metadata.name' };
  const namespace = isRawMap(metadata) ? field(metadata, 'namespace') : undefined;
  const properties = kind === 'Secret' ? withoutSecretValues(value) : value;
  const fact: ResourceFact = {
    format: 'kubernetes',
    id: objectId(kind, typeof namespace === 'string' && namespace !== '' ? namespace : undefined, name),
    type: kind,
    properties: properties as ValueMap,
    dependsOn: [],
    location: { file, line },
  };
  return { ok: true, fact };
}
