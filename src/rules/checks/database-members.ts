import type { Component } from '../../model/component.js';
import { type ModelIndex, neighbours } from '../model-index.js';

/** Engines whose clusters are made of separately declared instances (Aurora, DocumentDB, Neptune). */
export const INSTANCE_CLUSTER_ENGINES = ['aurora', 'docdb', 'neptune'];

export function hasInstanceEngine(cluster: Component, engines: string[]): boolean {
  const engine = cluster.attributes.engine ?? '';
  return engines.some((prefix) => engine === prefix || engine.startsWith(`${prefix}-`));
}

/** Instances declared as members of a cluster (a relation in either direction). */
export function clusterInstances(index: ModelIndex, cluster: Component): Component[] {
  return neighbours(index, cluster).filter((c) => c.kind === 'aws.rds.instance');
}

/** The cluster an instance belongs to, if any. */
export function instanceCluster(index: ModelIndex, instance: Component): Component | undefined {
  return neighbours(index, instance).find((c) => c.kind === 'aws.rds.cluster');
}
