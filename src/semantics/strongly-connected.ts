import { stronglyConnectedComponents } from '../graph/strongly-connected.js';

/**
 * The strongly connected groups of two or more vertices of a directed graph
 * given as adjacency lists over 0..n-1. Each group is sorted, and the groups
 * by their first vertex.
 */
export function cyclicGroups(adjacency: readonly (readonly number[])[]): number[][] {
  const start = new Int32Array(adjacency.length + 1);
  adjacency.forEach((successors, v) => {
    start[v + 1] = (start[v] as number) + successors.length;
  });
  const targets = Int32Array.from(adjacency.flat());
  const { component, count } = stronglyConnectedComponents(start, targets);
  const groups: number[][] = Array.from({ length: count }, () => []);
  component.forEach((c, v) => {
    groups[c]?.push(v);
  });
  return groups.filter((group) => group.length >= 2).sort((a, b) => (a[0] as number) - (b[0] as number));
}
