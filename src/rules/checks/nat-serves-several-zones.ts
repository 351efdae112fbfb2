import type { Component } from '../../model/component.js';
import { indexModel, type ModelIndex, neighbours } from '../model-index.js';
import { noOptions } from '../options.js';
import { placementLabel } from '../placement.js';
import { type CheckReport, defineCheck } from '../types.js';

/**
 * Subnets whose routes go through a NAT gateway: NAT ← route → route table ←
 * subnet, in whichever direction the normalizer wrote each relation (a route
 * table or a subnet may also name the gateway itself). The gateway's own subnet is not
 * served by it, so the walk never steps from the gateway to a subnet directly.
 */
function servedSubnets(index: ModelIndex, nat: Component): Component[] {
  const tables = new Map<string, Component>();
  for (const near of neighbours(index, nat)) {
    if (near.kind === 'aws.ec2.route-table') tables.set(near.id, near);
    if (near.kind !== 'aws.ec2.route') continue;
    for (const table of neighbours(index, near))
      if (table.kind === 'aws.ec2.route-table') tables.set(table.id, table);
  }
  const subnets = new Map<string, Component>();
  for (const subnet of index.referrers(nat.id))
    if (subnet.kind === 'aws.ec2.subnet') subnets.set(subnet.id, subnet);
  for (const table of tables.values())
    for (const subnet of neighbours(index, table))
      if (subnet.kind === 'aws.ec2.subnet') subnets.set(subnet.id, subnet);
  return [...subnets.values()];
}

/** The zone a NAT gateway sits in: its own, else its subnet's. */
function natZone(index: ModelIndex, nat: Component): string | undefined {
  if (nat.zones[0]) return nat.zones[0];
  const ownSubnets = index.targets(nat).filter((c) => c.kind === 'aws.ec2.subnet');
  return ownSubnets.length === 1 ? ownSubnets[0]?.zones[0] : undefined;
}

/** One NAT gateway serving subnets in two or more zones: its zone's failure cuts them all off. */
export const natServesSeveralZones = defineCheck<Record<string, never>>({
  name: 'nat-serves-several-zones',
  summary: 'a NAT gateway that private subnets in several zones route through',
  parse: noOptions,
  dataKeys: () => ['name', 'subnetCount', 'zone', 'zoneCount', 'zones'],
  detect(ctx) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const nat of index.byKind('aws.ec2.nat-gateway')) {
      const subnets = servedSubnets(index, nat);
      const zones = [...new Set(subnets.flatMap((subnet) => subnet.zones))].sort();
      if (zones.length < 2) continue;
      const zone = natZone(index, nat);
      reports.push({
        node: nat.id,
        data: {
          name: nat.name,
          subnetCount: subnets.length,
          zone: zone ? placementLabel('zone', zone) : 'an unnamed zone',
          zoneCount: zones.length,
          zones: zones.map((key) => placementLabel('zone', key)).join(', '),
        },
      });
    }
    return reports;
  },
});
