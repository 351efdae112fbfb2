import type { ValueMap } from '../../model/value.js';
import { asString, get } from '../values.js';
import { allContainersOf } from './containers.js';
import { mapsOf } from './lists.js';
import { configMapVolumesOf } from './volumes.js';

/** A ConfigMap a pod reads into its environment: every key (`envFrom`) or the listed keys. */
export interface ConfigRead {
  name: string;
  /** Undefined: every key. */
  keys: Set<string> | undefined;
}

/** What a pod reads from its environment: literal env values, and the ConfigMaps it takes values from. */
export interface EnvironmentSources {
  /** Literal `env[].value`s of every container. Never copied into any output: only hosts are derived from them. */
  values: string[];
  /** ConfigMaps read into the environment, by name. */
  configReads: Map<string, ConfigRead>;
  /** Every ConfigMap the pod reads: environment and volumes, sorted and unique. */
  configMaps: string[];
}

function addRead(reads: Map<string, ConfigRead>, name: string, key: string | undefined): void {
  const read = reads.get(name) ?? { name, keys: new Set<string>() };
  if (key === undefined) read.keys = undefined;
  else read.keys?.add(key);
  reads.set(name, read);
}

/** Reads the environment sources of a pod spec (containers and init containers). */
export function environmentOf(spec: ValueMap | undefined): EnvironmentSources {
  const values: string[] = [];
  const configReads = new Map<string, ConfigRead>();
  for (const container of allContainersOf(spec)) {
    for (const entry of mapsOf(get(container, 'env'))) {
      const value = asString(get(entry, 'value'));
      if (value !== undefined) values.push(value);
      const name = asString(get(entry, 'valueFrom', 'configMapKeyRef', 'name'));
      const key = asString(get(entry, 'valueFrom', 'configMapKeyRef', 'key'));
      if (name !== undefined && key !== undefined) addRead(configReads, name, key);
    }
    for (const source of mapsOf(get(container, 'envFrom'))) {
      const name = asString(get(source, 'configMapRef', 'name'));
      if (name !== undefined) addRead(configReads, name, undefined);
    }
  }
  const configMaps = [...new Set([...configReads.keys(), ...configMapVolumesOf(spec)])].sort();
  return { values, configReads, configMaps };
}
