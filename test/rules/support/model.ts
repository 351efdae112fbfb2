import { DirectedGraph } from 'graphology';
import type { AnalysisResult } from '../../../src/analysis/types.js';
import type { Component, ComponentAttributes, Relation } from '../../../src/model/component.js';
import type { EdgeAttributes, NodeAttributes, SpofGraph } from '../../../src/model/graph.js';
import { COMPONENT_KINDS, type ComponentKind } from '../../../src/model/kinds.js';
import { defaultPolicy, type Policy } from '../../../src/model/policy.js';
import type { RuleContext } from '../../../src/rules/types.js';

const NATIVE: Partial<Record<ComponentKind, string>> = {
  'aws.rds.instance': 'AWS::RDS::DBInstance',
  'aws.ec2.subnet': 'AWS::EC2::Subnet',
};

/** A canonical component for tests: `kind:name`, line numbers by order of creation. */
export function component(
  kind: ComponentKind,
  name: string,
  options: {
    attributes?: ComponentAttributes;
    zones?: string[];
    relations?: Array<[string, string]>;
    region?: string;
  } = {},
): Component {
  const relations: Relation[] = (options.relations ?? []).map(([role, target]) => ({
    role,
    target,
    location: { file: 'template.yaml', line: 1 },
  }));
  return {
    id: `${kind}:${name}`,
    kind,
    name,
    nativeType: NATIVE[kind] ?? `AWS::${COMPONENT_KINDS[kind].title}`,
    format: 'cloudformation',
    provider: 'aws',
    region: options.region ?? 'deployment-region',
    zones: options.zones ?? [],
    attributes: options.attributes ?? {},
    relations,
    dependsOn: [],
    tags: {},
    locations: [{ file: 'template.yaml', line: 10 }],
  };
}

export function emptyAnalysis(): AnalysisResult {
  return { entries: [], blastRadius: new Map(), articulationPoints: [], bridges: [] };
}

/** A context over components only: an empty graph and analysis unless given. */
export function context(
  components: Component[],
  extra: { graph?: SpofGraph; analysis?: AnalysisResult; policy?: Policy } = {},
): RuleContext {
  return {
    model: { components: [...components].sort((a, b) => (a.id < b.id ? -1 : 1)) },
    graph: extra.graph ?? new DirectedGraph<NodeAttributes, EdgeAttributes>(),
    entries: extra.analysis?.entries.map((result) => result.entry) ?? [],
    analysis: extra.analysis ?? emptyAnalysis(),
    policy: extra.policy ?? defaultPolicy(),
  };
}

/** Adds a graph node with sensible defaults. */
export function addNode(
  graph: SpofGraph,
  id: string,
  attributes: Partial<NodeAttributes> & Pick<NodeAttributes, 'kind'>,
) {
  graph.addNode(id, { gate: { type: 'all' }, label: id, locations: [], ...attributes });
}
