import type { Component } from '../../model/component.js';
import type { Gate } from '../../model/graph.js';
import { dependenciesOf } from '../dependencies.js';
import { ownZonesFirst, spreadOver, zonesOf } from '../placement.js';
import type { KindSemantics, SemanticsContext, Shape } from '../shape.js';
import { inOneZone, lowest, requirementsOf } from './common.js';

/*
 * Caches, search and streaming clusters: nodes spread over zones.
 * - ElastiCache replication group with automatic failover and two or more
 *   nodes: `any` over the nodes (a replica is promoted); otherwise the primary
 *   alone serves writes, one copy in one zone.
 * - ElastiCache cluster: a memcached node holds a slice of the keys, so losing
 *   any node loses that slice: `all` over the nodes. A redis cluster without a
 *   replication group is one node.
 * - OpenSearch and MSK: `any` over nodes spread over zones when there are two
 *   or more nodes in more than one zone; otherwise one node in one zone.
 */

const MAX_NODES = 32;

function nodesOverZones(component: Component, context: SemanticsContext, gate: Gate): Shape {
  const zones = ownZonesFirst(component, zonesOf(component, context.index));
  // Without multiAz, ElastiCache/OpenSearch may put every node in one zone.
  const unknown = component.attributes.multiAz === true ? 'distinct-zones' : 'one-unknown-zone';
  const count = Math.min(lowest(component.attributes.count), MAX_NODES);
  return {
    type: 'replicas',
    gate,
    placements: spreadOver(component, zones, count, unknown),
    shared: requirementsOf(dependenciesOf(component, context.index)),
  };
}

const replicationGroup: KindSemantics = (component, context) => {
  const { automaticFailover, count } = component.attributes;
  if (automaticFailover === true && (count ?? 0) >= 2)
    return nodesOverZones(component, context, { type: 'any' });
  return inOneZone(component, context);
};

const cacheCluster: KindSemantics = (component, context) => {
  const memcached = component.attributes.engine?.toLowerCase() === 'memcached';
  if (memcached && (component.attributes.count ?? 1) >= 2)
    return nodesOverZones(component, context, { type: 'all' });
  return inOneZone(component, context);
};

/** OpenSearch (zone awareness) and MSK (brokers over the client subnets' zones). */
const spreadCluster: KindSemantics = (component, context) => {
  const zones = zonesOf(component, context.index);
  const multiZone = component.attributes.multiAz === true || zones.slots.length >= 2;
  if (multiZone && (component.attributes.count ?? 1) >= 2)
    return nodesOverZones(component, context, { type: 'any' });
  return inOneZone(component, context);
};

/** Cache, search and streaming kinds and what they become. */
export const clusterSemantics = {
  'aws.elasticache.cluster': cacheCluster,
  'aws.elasticache.replication-group': replicationGroup,
  'aws.msk.cluster': spreadCluster,
  'aws.opensearch.domain': spreadCluster,
} satisfies Record<string, KindSemantics>;
