import type { CanonicalModel } from '../model/component.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { EntryPoint } from '../model/entry.js';
import type { SpofGraph } from '../model/graph.js';
import type { Policy } from '../model/policy.js';
import { findCallCycles } from './call-cycles.js';
import { addDnsNames } from './dns-names.js';
import { emitComponent } from './emit.js';
import { addEntries } from './entries.js';
import { GraphBuilder } from './graph-builder.js';
import { regional } from './kinds/common.js';
import { ModelIndex } from './model-index.js';
import { KIND_SEMANTICS } from './registry.js';
import type { SemanticsContext } from './shape.js';

/**
 * Semantics (design.md, "The graph"): turns the canonical model into the
 * dependency graph: a node per component, replicas where it is redundant,
 * the zone → region → provider chain (with the hosts and Kubernetes
 * clusters that stand in it), Route 53 name nodes and entry points, and the
 * call cycles among workloads (call-cycles.ts).
 * An edge u → v means u requires v.
 */
export function buildGraph(
  model: CanonicalModel,
  policy: Policy,
): { graph: SpofGraph; entries: EntryPoint[]; diagnostics: Diagnostic[] } {
  const index = new ModelIndex(model);
  const builder = new GraphBuilder();
  const callCycles = findCallCycles(index);
  const context: SemanticsContext = { index, callCycles, diagnostics: callCycles.diagnostics() };
  for (const component of index.components()) {
    // A kind from a newer model than this registry still gets a node: regional, needing what it references.
    const semantics = Object.hasOwn(KIND_SEMANTICS, component.kind)
      ? KIND_SEMANTICS[component.kind]
      : regional;
    emitComponent(builder, component, semantics(component, context), callCycles.of(component.id));
  }
  const names = addDnsNames(builder, index);
  const placed = addEntries(builder, index, names, policy);
  return {
    graph: builder.build(),
    entries: placed.entries,
    diagnostics: [...context.diagnostics, ...placed.diagnostics],
  };
}
