import { dependenciesOf } from '../dependencies.js';
import { type ZoneSlot, zonesOf } from '../placement.js';
import type { KindSemantics, Placement } from '../shape.js';
import { anyMember, inOneZone, requirementsOf } from './common.js';

/*
 * Relational databases. Multi-AZ RDS keeps a standby in another zone: `any`
 * over two copies. A database cluster (Aurora, DocumentDB, Neptune) serves
 * while any of its instances does; each instance stands in its own zone.
 */

/**
 * The two zones of a Multi-AZ instance when its subnets name exactly two;
 * otherwise two copies on the region alone: Multi-AZ guarantees distinct
 * zones, so no single zone takes both down.
 */
function multiAzPlacements(slots: ZoneSlot[], region: string): Placement[] {
  if (slots.length === 2) return slots;
  return [
    { domain: 'region', region },
    { domain: 'region', region },
  ];
}

const rdsInstance: KindSemantics = (component, context) => {
  const inCluster = context.index.relatedOfKind(component, 'aws.rds.cluster').length > 0;
  // A cluster member, or a single-AZ instance: one copy in its zone (a zone of its own when the input names none).
  if (component.attributes.multiAz !== true || inCluster) return inOneZone(component, context);
  const zones = zonesOf(component, context.index);
  return {
    type: 'replicas',
    gate: { type: 'any' },
    placements: multiAzPlacements(zones.slots, component.region),
    shared: requirementsOf(dependenciesOf(component, context.index)),
  };
};

// A cluster with no instance resources (a Multi-AZ DB cluster, serverless v1) is run by RDS across the region.
const rdsCluster: KindSemantics = (component, context) =>
  anyMember(component, context, (kind) => kind === 'aws.rds.instance');

/** Relational database kinds and what they become. */
export const databaseSemantics = {
  'aws.rds.cluster': rdsCluster,
  'aws.rds.instance': rdsInstance,
} satisfies Record<string, KindSemantics>;
