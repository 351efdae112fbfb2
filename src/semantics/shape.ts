import type { Component } from '../model/component.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Gate } from '../model/graph.js';
import type { SourceLocation } from '../model/location.js';
import type { CallCycles } from './call-cycles.js';
import type { Dependency } from './dependencies.js';
import type { ModelIndex } from './model-index.js';

/** One edge to add: the node requires `node` because of `reason`. */
export interface Requirement {
  node: string;
  reason: string;
  locations: SourceLocation[];
}

/**
 * Where one running copy sits: a zone (and the subnets it uses there), a
 * region (a managed service AWS spreads over zones, or copies known to be in
 * distinct zones whose names are unknown), the provider (global services),
 * a Kubernetes cluster (an object its control plane serves: a Service
 * without pods, an Ingress), or a host in a zone (a pod's node, a compose
 * project's Docker host).
 */
export type Placement =
  | { domain: 'zone'; zone: string; zoneLabel?: string; subnets: Dependency[] }
  | { domain: 'region'; region: string }
  | { domain: 'provider' }
  | { domain: 'cluster'; cluster: string; region: string }
  | {
      domain: 'host';
      host: string;
      hostLabel: string;
      zone: string;
      zoneLabel?: string;
      /** One host runs every copy (a compose project's Docker host), not one copy each (a pod's node). */
      sharedHost: boolean;
    };

/**
 * What a component becomes in the graph (emit.ts writes it; the pattern is
 * documented there):
 * - `single`: one node, gate `all` over its placement and requirements;
 * - `replicas`: the component's gate over replica nodes, each in its own
 *   placement and each requiring every shared requirement;
 * - `members`: the component's gate over other components (a cluster's
 *   instances, a target group's targets), with shared requirements and,
 *   when the members do not already lead to one, a placement.
 */
export type Shape =
  | { type: 'single'; placement: Placement; requires: Requirement[] }
  | { type: 'replicas'; gate: Gate; placements: Placement[]; shared: Requirement[] }
  | { type: 'members'; gate: Gate; members: Requirement[]; shared: Requirement[]; placement?: Placement };

/** What a kind's semantics may read and report to. */
export interface SemanticsContext {
  index: ModelIndex;
  /** Workloads and compose services that call each other: their copies leave those calls out. */
  callCycles: CallCycles;
  diagnostics: Diagnostic[];
}

/** A kind's semantics: what one component of that kind becomes. */
export type KindSemantics = (component: Component, context: SemanticsContext) => Shape;

export function requirementOf(dependency: Dependency): Requirement {
  return { node: dependency.component.id, reason: dependency.role, locations: [dependency.location] };
}

export const ANY: Gate = { type: 'any' };
export const ALL: Gate = { type: 'all' };
