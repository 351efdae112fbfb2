import type { DirectedGraph } from 'graphology';
import type { ComponentKind } from './kinds.js';
import type { SourceLocation } from './location.js';

/** How a node's requirements hold it up (design.md, "The graph"). */
export type Gate = { type: 'all' } | { type: 'any' } | { type: 'atLeast'; k: number };

export type NodeKind = 'component' | 'replica' | 'domain' | 'entry';

/** Built-in failure domain kinds; users may declare others. */
export type DomainKind = 'zone' | 'region' | 'provider' | 'account' | 'cluster' | 'host' | (string & {});

export interface NodeAttributes {
  kind: NodeKind;
  gate: Gate;
  /** Short human name: the logical name, `zone #0 of ...`, the hostname. */
  label: string;
  /** For component and replica nodes: the canonical component they belong to. */
  componentId?: string;
  componentKind?: ComponentKind;
  /** For domain nodes. */
  domainKind?: DomainKind;
  locations: SourceLocation[];
}

export interface EdgeAttributes {
  /** Why the source requires the target: `subnet`, `zone`, `replica`, `origin`... */
  reason: string;
  locations: SourceLocation[];
}

/** An edge `u → v` means u requires v. */
export type SpofGraph = DirectedGraph<NodeAttributes, EdgeAttributes>;

/** Node id conventions, so every stage names the same node the same way. */
export const nodeIds = {
  component: (componentId: string) => componentId,
  replica: (componentId: string, index: number) => `${componentId}#${index}`,
  zone: (zoneKey: string) => `zone:${zoneKey}`,
  region: (region: string) => `region:${region}`,
  provider: (provider: string) => `provider:${provider}`,
  host: (hostKey: string) => `host:${hostKey}`,
  cluster: (cluster: string) => `cluster:${cluster}`,
  entry: (name: string) => `entry:${name}`,
};
