import type { ComponentAttributes } from '../model/component.js';
import type { ResourceFact } from '../model/facts.js';
import type { ComponentKind } from '../model/kinds.js';
import type { Value } from '../model/value.js';
import type { MapContext } from './context.js';

/** A relation whose target is still a resource id of the same document. */
export interface DraftRelation {
  role: string;
  target: string;
}

/** A component before ids are assigned and references resolved. */
export interface Draft {
  kind: ComponentKind;
  /** Logical id, or `<logicalId>.<index>` for one of several components of a resource. */
  name: string;
  fact: ResourceFact;
  zones: string[];
  attributes: ComponentAttributes;
  relations: DraftRelation[];
  /** Takes its zones from the subnets it is placed in (second pass). */
  zonesFromSubnets?: boolean;
  /** Where other references of this component are looked for (default: all properties). */
  refScope?: Value;
  /** Hosted zone named instead of referenced (`HostedZoneName`), matched by name across the scan. */
  hostedZoneName?: string;
}

/** A relation one resource puts on another (`SubnetRouteTableAssociation` → the subnet's route table). */
export interface Attachment {
  source: string;
  role: string;
  target: string;
}

/** Attributes one resource sets on another (a scalable target's bounds on its ECS service). */
export interface Amendment {
  source: string;
  attributes: ComponentAttributes;
}

/** What a mapper made of one resource. */
export interface MapOutput {
  components: Draft[];
  attachments: Attachment[];
  amendments?: Amendment[];
}

export function draft(kind: ComponentKind, fact: ResourceFact, attributes: ComponentAttributes = {}): Draft {
  return { kind, name: fact.id, fact, zones: [], attributes, relations: [] };
}

/** Adds `role` relations to every resource referenced in `value`. */
export function relate(target: Draft, role: string, targets: readonly string[]): void {
  for (const id of targets) target.relations.push({ role, target: id });
}

export function only(...components: Draft[]): MapOutput {
  return { components, attachments: [] };
}

/** A resource that only informs other components (its relations come through them). */
export function nothing(): MapOutput {
  return { components: [], attachments: [] };
}

/**
 * A resource that only links others (an association, an attachment, a listener
 * rule): every source gets a `role` relation to every target.
 */
export function linkEach(sources: readonly string[], role: string, targets: readonly string[]): MapOutput {
  const output = nothing();
  for (const source of sources) {
    for (const target of targets) output.attachments.push({ source, role, target });
  }
  return output;
}

/** Maps one resource of one native type. */
export type Mapper = (fact: ResourceFact, context: MapContext) => MapOutput;
