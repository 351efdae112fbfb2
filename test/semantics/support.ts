import type { Component, ComponentAttributes, Relation } from '../../src/model/component.js';
import type { SpofGraph } from '../../src/model/graph.js';
import type { ComponentKind } from '../../src/model/kinds.js';
import { defaultPolicy, type Policy } from '../../src/model/policy.js';
import { buildGraph } from '../../src/semantics/index.js';

let line = 1;

export interface ComponentOptions {
  region?: string;
  zones?: string[];
  attributes?: ComponentAttributes;
  relations?: Array<[role: string, target: string]>;
  dependsOn?: string[];
  condition?: string;
}

/** A hand-built canonical component, as a normalizer would emit it. */
export function component(kind: ComponentKind, name: string, options: ComponentOptions = {}): Component {
  const location = { file: 'template.yaml', line: line++ };
  const relations: Relation[] = (options.relations ?? []).map(([role, target]) => ({
    role,
    target,
    location,
  }));
  return {
    id: `${kind}:${name}`,
    kind,
    name,
    nativeType: 'AWS::Test',
    format: 'cloudformation',
    provider: 'aws',
    region: options.region ?? 'us-east-1',
    zones: options.zones ?? [],
    attributes: options.attributes ?? {},
    relations,
    dependsOn: options.dependsOn ?? [],
    tags: {},
    locations: [location],
    ...(options.condition ? { condition: options.condition } : {}),
  };
}

export function build(components: Component[], policy: Partial<Policy> = {}) {
  const sorted = [...components].sort((a, b) => (a.id < b.id ? -1 : 1));
  return buildGraph({ components: sorted }, { ...defaultPolicy(), ...policy });
}

/** Out-neighbours of a node, sorted. */
export function requirements(graph: SpofGraph, node: string): string[] {
  return [...graph.outNeighbors(node)].sort();
}

export function gateOf(graph: SpofGraph, node: string): string {
  const gate = graph.getNodeAttribute(node, 'gate');
  return gate.type === 'atLeast' ? `atLeast ${gate.k}` : gate.type;
}

/**
 * Brute force, straight from design.md: the up nodes are the least fixpoint
 * of "not failed and my gate is met by up requirements", reached by raising
 * nodes from all-down until nothing changes.
 */
export function upNodes(graph: SpofGraph, failed: ReadonlySet<string> = new Set()): Set<string> {
  const up = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    graph.forEachNode((node, attributes) => {
      if (up.has(node) || failed.has(node)) return;
      const needs = graph.outNeighbors(node);
      const upCount = needs.filter((need) => up.has(need)).length;
      const gate = attributes.gate;
      const met =
        gate.type === 'all'
          ? upCount === needs.length
          : gate.type === 'any'
            ? upCount >= 1
            : upCount >= gate.k;
      if (met) {
        up.add(node);
        changed = true;
      }
    });
  }
  return up;
}

/** Every node whose failure alone takes `target` down, sorted. */
export function singleCuts(graph: SpofGraph, target: string): string[] {
  if (!upNodes(graph).has(target)) throw new Error(`${target} is down with nothing failed`);
  return graph
    .nodes()
    .filter((node) => node !== target && !upNodes(graph, new Set([node])).has(target))
    .sort();
}

export function isUpWhenFailed(graph: SpofGraph, target: string, failed: string[]): boolean {
  return upNodes(graph, new Set(failed)).has(target);
}
