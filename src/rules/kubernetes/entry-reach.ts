import type { SpofGraph } from '../../model/graph.js';
import type { RuleContext } from '../types.js';

const cache = new WeakMap<SpofGraph, Set<string>>();

/**
 * Every node some entry requires, directly or not: what is on a serving path.
 * Iterative, each node once, cached per graph.
 */
export function reachedFromEntries(ctx: RuleContext): Set<string> {
  const cached = cache.get(ctx.graph);
  if (cached) return cached;
  const seen = new Set<string>();
  const stack = ctx.entries.map((entry) => entry.node).filter((node) => ctx.graph.hasNode(node));
  for (const node of stack) seen.add(node);
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    for (const next of ctx.graph.outNeighbors(current)) {
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(next);
    }
  }
  cache.set(ctx.graph, seen);
  return seen;
}

/**
 * True when the scan has entries and none of them needs `node`: a finding on
 * it is informational (a load generator, a batch worker off every path).
 * With no entry at all nothing can be said, so nothing is off-path.
 */
export function offEveryEntryPath(ctx: RuleContext, node: string): boolean {
  if (ctx.entries.length === 0) return false;
  return !reachedFromEntries(ctx).has(node);
}
