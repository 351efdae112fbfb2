import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Component } from '../../src/model/component.js';
import type { SpofGraph } from '../../src/model/graph.js';
import { COMPONENT_KINDS, type ComponentKind } from '../../src/model/kinds.js';
import { defaultPolicy } from '../../src/model/policy.js';
import { buildGraph } from '../../src/semantics/index.js';

const KINDS = Object.keys(COMPONENT_KINDS) as ComponentKind[];
const ROLES = [
  'subnet',
  'ref',
  'uses',
  'targetGroup',
  'target',
  'cluster',
  'routeTable',
  'origin',
  'originGroupMember',
  'loadBalancer',
  'vpc',
  'subscription',
  'selects',
  'calls',
  'volume',
  'boundTo',
  'backend',
  'parent',
  'dependsOn',
  'config',
  'scales',
  'protects',
  'ownedBy',
];
const ZONES = ['us-east-1/us-east-1a', 'us-east-1/us-east-1b', 'us-east-1/#0', 'us-east-1/*'];

const componentArbitrary = (size: number) =>
  fc.record({
    kind: fc.constantFrom(...KINDS),
    zones: fc.subarray(ZONES, { maxLength: 2 }),
    multiAz: fc.boolean(),
    automaticFailover: fc.boolean(),
    count: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    minSize: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    failover: fc.option(fc.constantFrom('PRIMARY' as const, 'SECONDARY' as const), { nil: undefined }),
    healthCheck: fc.boolean(),
    zoneSpread: fc.option(fc.constantFrom('required' as const, 'preferred' as const), { nil: undefined }),
    pinnedZones: fc.subarray(['us-east-1a', 'europe-west1-b'], { maxLength: 2 }),
    accessModes: fc.subarray(['ReadWriteOnce', 'ReadWriteMany'], { maxLength: 1 }),
    serviceType: fc.option(fc.constantFrom('ClusterIP' as const, 'LoadBalancer' as const), {
      nil: undefined,
    }),
    hosts: fc.subarray(['shop.example.com', 'api.example.com'], { maxLength: 2 }),
    relations: fc.array(fc.tuple(fc.constantFrom(...ROLES), fc.integer({ min: 0, max: size - 1 })), {
      maxLength: 4,
    }),
  });

const modelArbitrary = fc
  .integer({ min: 1, max: 12 })
  .chain((size) => fc.array(componentArbitrary(size), { minLength: size, maxLength: size }));

/** One component as fast-check draws it. */
type Draft = ReturnType<typeof componentArbitrary> extends fc.Arbitrary<infer T> ? T : never;

/** Who runs a kind, and the cluster (Kubernetes) or project (compose) it is in. */
function runner(kind: ComponentKind): Pick<Component, 'provider' | 'cluster'> {
  if (kind.startsWith('k8s.')) return { provider: 'kubernetes', cluster: 'cluster' };
  if (kind.startsWith('compose.')) return { provider: 'docker', cluster: 'shop' };
  return { provider: 'aws' };
}

function materialize(drafts: Draft[]): Component[] {
  const ids = drafts.map((draft, i) => `${draft.kind}:C${i}`);
  return drafts.map((draft, i) => ({
    id: ids[i] as string,
    kind: draft.kind,
    name: `C${i}`,
    nativeType: 'AWS::Test',
    format: 'cloudformation',
    ...runner(draft.kind),
    region: 'us-east-1',
    zones: draft.zones,
    attributes: {
      pinnedZones: draft.pinnedZones,
      accessModes: draft.accessModes,
      hosts: draft.hosts,
      ...(draft.zoneSpread ? { zoneSpread: draft.zoneSpread } : {}),
      ...(draft.serviceType ? { serviceType: draft.serviceType } : {}),
      multiAz: draft.multiAz,
      automaticFailover: draft.automaticFailover,
      healthCheck: draft.healthCheck,
      recordName: 'www.example.com',
      ...(draft.count !== undefined ? { count: draft.count } : {}),
      ...(draft.minSize !== undefined ? { minSize: draft.minSize } : {}),
      ...(draft.failover ? { failover: draft.failover } : {}),
    },
    relations: draft.relations.map(([role, target]) => ({
      role,
      target: ids[target] as string,
      location: { file: 't.yaml', line: i + 1 },
    })),
    dependsOn: [],
    tags: {},
    locations: [{ file: 't.yaml', line: i + 1 }],
  }));
}

function snapshot(graph: SpofGraph) {
  return {
    nodes: graph.mapNodes((node, attributes) => [node, attributes]),
    edges: graph.mapEdges((_, attributes, source, target) => [source, target, attributes]),
  };
}

describe('buildGraph on arbitrary models', () => {
  it('never throws, names every component, leaves no edge dangling, and does not depend on input order', () => {
    fc.assert(
      fc.property(modelArbitrary, fc.boolean(), (drafts, reverse) => {
        const components = materialize(drafts);
        const { graph, entries } = buildGraph({ components }, defaultPolicy());
        for (const component of components) {
          expect(graph.getNodeAttribute(component.id, 'componentId')).toBe(component.id);
        }
        graph.forEachEdge((_, __, source, target) => {
          expect(source).not.toBe(target);
        });
        graph.forEachNode((node, attributes) => {
          if (attributes.kind === 'replica') expect(node.startsWith(`${attributes.componentId}#`)).toBe(true);
          if (attributes.kind === 'domain')
            expect(node).toMatch(/^(zone|region|provider|host|cluster|cycle):/);
        });
        for (const entry of entries) expect(graph.getNodeAttribute(entry.node, 'kind')).toBe('entry');
        const again = buildGraph(
          { components: reverse ? [...components].reverse() : components },
          defaultPolicy(),
        );
        expect(snapshot(again.graph)).toEqual(snapshot(graph));
        expect(again.entries).toEqual(entries);
      }),
      { numRuns: 300 },
    );
  });
});
