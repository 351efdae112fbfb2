/**
 * Strongly connected components of a directed graph in compressed sparse rows:
 * the successors of v are `targets[start[v] .. start[v + 1])`. Tarjan with an
 * explicit stack (graphology's own is recursive and overflows at 10^6 nodes).
 * Components are numbered successors-first: if u → v, component(v) <= component(u).
 */
export function stronglyConnectedComponents(
  start: Int32Array,
  targets: Int32Array,
): { component: Int32Array; count: number } {
  const n = start.length - 1;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const callStack = new Int32Array(n);
  const cursor = new Int32Array(n);
  let stackTop = 0;
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    let depth = 0;
    callStack[depth++] = root;
    order[root] = low[root] = counter++;
    cursor[root] = start[root] as number;
    stack[stackTop++] = root;
    while (depth > 0) {
      const v = callStack[depth - 1] as number;
      const at = cursor[v] as number;
      if (at < (start[v + 1] as number)) {
        cursor[v] = at + 1;
        const w = targets[at] as number;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          cursor[w] = start[w] as number;
          stack[stackTop++] = w;
          callStack[depth++] = w;
        } else if (component[w] === -1) {
          low[v] = Math.min(low[v] as number, order[w] as number);
        }
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = callStack[depth - 1] as number;
        low[parent] = Math.min(low[parent] as number, low[v] as number);
      }
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack[--stackTop] as number;
          component[w] = count;
        } while (w !== v);
        count++;
      }
    }
  }
  return { component, count };
}
