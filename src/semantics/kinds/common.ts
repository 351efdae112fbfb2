import type { Component } from '../../model/component.js';
import type { ComponentKind } from '../../model/kinds.js';
import { type Dependency, dependenciesOf } from '../dependencies.js';
import { singleZone, zonesOf } from '../placement.js';
import {
  type KindSemantics,
  type Requirement,
  requirementOf,
  type SemanticsContext,
  type Shape,
} from '../shape.js';

/** Requirements from every dependency. */
export function requirementsOf(dependencies: readonly Dependency[]): Requirement[] {
  return dependencies.map(requirementOf);
}

/** A managed service AWS runs across the zones of its region: it needs the region and its dependencies. */
export const regional: KindSemantics = (component, { index }) => ({
  type: 'single',
  placement: { domain: 'region', region: component.region },
  requires: requirementsOf(dependenciesOf(component, index)),
});

/** A global service (Route 53, CloudFront): it needs only the provider and its dependencies. */
export const global: KindSemantics = (component, { index }) => ({
  type: 'single',
  placement: { domain: 'provider' },
  requires: requirementsOf(dependenciesOf(component, index)),
});

/** One copy in one zone (an EC2 instance, a single-AZ database). */
export function inOneZone(component: Component, context: SemanticsContext, extra: Requirement[] = []): Shape {
  return {
    type: 'single',
    placement: singleZone(component, zonesOf(component, context.index)),
    requires: [...requirementsOf(dependenciesOf(component, context.index)), ...extra],
  };
}

export const zonal: KindSemantics = (component, context) => inOneZone(component, context);

/**
 * One copy per distinct zone of its subnets, any of which serves (a load
 * balancer's nodes, a VPC Lambda's network interfaces); regional when the
 * zones are not known.
 */
export function onePerZone(component: Component, context: SemanticsContext, shared: Requirement[]): Shape {
  const zones = zonesOf(component, context.index);
  if (zones.slots.length === 0) {
    return { type: 'single', placement: { domain: 'region', region: component.region }, requires: shared };
  }
  return { type: 'replicas', gate: { type: 'any' }, placements: zones.slots, shared };
}

/**
 * Serves while any member does: the dependencies of a member kind are the
 * members, the others are shared by all. Regional when the input declares no
 * member, since a gate over nothing would never be met.
 */
export function anyMember(
  component: Component,
  context: SemanticsContext,
  isMember: (kind: ComponentKind) => boolean,
): Shape {
  const dependencies = dependenciesOf(component, context.index);
  const members = dependencies.filter((dependency) => isMember(dependency.component.kind));
  if (members.length === 0) return regional(component, context);
  const shared = dependencies.filter((dependency) => !isMember(dependency.component.kind));
  return {
    type: 'members',
    gate: { type: 'any' },
    members: requirementsOf(members),
    shared: requirementsOf(shared),
  };
}

/** Replicas count for "what it runs at its lowest": never below one, since a rule reads a zero minimum itself. */
export function lowest(value: number | undefined): number {
  return value === undefined || !Number.isFinite(value) ? 1 : Math.max(1, Math.floor(value));
}
