import type { Component } from '../model/component.js';
import { nodeIds } from '../model/graph.js';
import type { FailureClass } from '../model/policy.js';
import type { EntryTarget } from './entries.js';
import type { GraphBuilder } from './graph-builder.js';

// Pieces every kind of inferred entry is built from.

/** The entries inferred so far, by name, which later kinds add to. */
export interface InferredEntries {
  byName: Map<string, EntryTarget>;
  survive: FailureClass[];
}

/** Nodes reachable from `starts` along requirements (iterative: graphs can be deep). */
export function reachable(builder: GraphBuilder, starts: readonly string[]): Set<string> {
  const seen = new Set<string>(starts);
  const stack = [...starts];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    for (const next of builder.requirementsOf(node)) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/** Everything the entries found so far lead to. */
export function coveredBy(builder: GraphBuilder, inferred: InferredEntries): Set<string> {
  return reachable(
    builder,
    [...inferred.byName.values()].flatMap((entry) => entry.nodes),
  );
}

function componentEntry(name: string, component: Component, survive: FailureClass[]): EntryTarget {
  return {
    name,
    nodes: [nodeIds.component(component.id)],
    locations: [...component.locations],
    survive: [...survive],
    source: 'inferred',
  };
}

/** `wanted`, or when taken, told apart by the component's file, else its id. */
function freeName(wanted: string, component: Component, taken: ReadonlyMap<string, unknown>): string {
  const file = component.locations[0]?.file;
  const candidates = [wanted, ...(file ? [`${wanted} (${file})`] : []), `${wanted} (${component.id})`];
  const free = candidates.find((candidate) => !taken.has(candidate));
  if (free !== undefined) return free;
  let n = 2;
  while (taken.has(`${wanted} (${component.id}) #${n}`)) n++;
  return `${wanted} (${component.id}) #${n}`;
}

/**
 * An entry of its own for `component`, named `wanted` (two stacks often
 * reuse a logical name: the second one is told apart by its file). Returns
 * the name it got.
 */
export function addComponentEntry(inferred: InferredEntries, wanted: string, component: Component): string {
  const name = freeName(wanted, component, inferred.byName);
  inferred.byName.set(name, componentEntry(name, component, inferred.survive));
  return name;
}

/**
 * Adds `component` to the entry named `name` (a hostname several objects
 * serve together, each needed for its part), or starts that entry.
 */
export function addToNamedEntry(inferred: InferredEntries, name: string, component: Component): void {
  const existing = inferred.byName.get(name);
  if (!existing) {
    inferred.byName.set(name, componentEntry(name, component, inferred.survive));
    return;
  }
  const node = nodeIds.component(component.id);
  if (!existing.nodes.includes(node)) existing.nodes.push(node);
  existing.locations.push(...component.locations);
}
