/**
 * The strongly connected groups of two or more vertices of a directed graph
 * given as adjacency lists over 0..n-1 (Tarjan, iterative: an input with 10^5
 * callers in a chain must not overflow the stack). Each group is sorted, and
 * the groups by their first vertex.
 */
export function cyclicGroups(adjacency: readonly (readonly number[])[]): number[][] {
  const n = adjacency.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const done = new Uint8Array(n);
  const cursor = new Int32Array(n);
  const open: number[] = [];
  const path: number[] = [];
  const groups: number[][] = [];
  let counter = 0;
  const visit = (v: number) => {
    order[v] = low[v] = counter++;
    open.push(v);
    path.push(v);
  };
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    visit(root);
    while (path.length > 0) {
      const v = path[path.length - 1] as number;
      const next = adjacency[v] ?? [];
      const at = cursor[v] as number;
      if (at < next.length) {
        cursor[v] = at + 1;
        const w = next[at] as number;
        if (order[w] === -1) visit(w);
        else if (done[w] === 0) low[v] = Math.min(low[v] as number, order[w] as number);
        continue;
      }
      path.pop();
      const parent = path[path.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] as number, low[v] as number);
      if (low[v] !== order[v]) continue;
      const group: number[] = [];
      let w: number;
      do {
        w = open.pop() as number;
        done[w] = 1;
        group.push(w);
      } while (w !== v);
      if (group.length >= 2) groups.push(group.sort((a, b) => a - b));
    }
  }
  return groups.sort((a, b) => (a[0] as number) - (b[0] as number));
}
