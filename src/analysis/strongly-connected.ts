import type { CompactIndex } from './compact-index.js';
import { bump } from './typed-array.js';

/**
 * Strongly connected components of the requirement graph (Tarjan, iterative:
 * graphology's own is recursive and overflows at 10^6 nodes). Components are
 * numbered requirements-first: if u requires v, component(v) <= component(u).
 */
export interface Components {
  component: Int32Array;
  count: number;
  /** Members of component c: members[memberStart[c] .. memberStart[c + 1]). */
  memberStart: Int32Array;
  members: Int32Array;
  /** 1 when a component is one node without a self-loop: no circular support possible. */
  trivial: Uint8Array;
}

export function stronglyConnected(index: CompactIndex): Components {
  const n = index.ids.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const callStack = new Int32Array(n);
  const edgeCursor = new Int32Array(n);
  let stackTop = 0;
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    let depth = 0;
    callStack[depth++] = root;
    order[root] = low[root] = counter++;
    edgeCursor[root] = index.outStart[root] as number;
    stack[stackTop++] = root;
    while (depth > 0) {
      const v = callStack[depth - 1] as number;
      const end = index.outStart[v + 1] as number;
      if ((edgeCursor[v] as number) < end) {
        const w = index.outTargets[bump(edgeCursor, v)] as number;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          edgeCursor[w] = index.outStart[w] as number;
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
  return { component, count, ...groupMembers(index, component, count) };
}

function groupMembers(index: CompactIndex, component: Int32Array, count: number) {
  const memberStart = new Int32Array(count + 1);
  for (const c of component) bump(memberStart, c + 1);
  for (let c = 0; c < count; c++)
    memberStart[c + 1] = (memberStart[c + 1] as number) + (memberStart[c] as number);
  const fill = memberStart.slice(0, count);
  const members = new Int32Array(component.length);
  for (let v = 0; v < component.length; v++) members[bump(fill, component[v] as number)] = v;
  const trivial = new Uint8Array(count);
  for (let c = 0; c < count; c++) {
    if ((memberStart[c + 1] as number) - (memberStart[c] as number) !== 1) continue;
    const v = members[memberStart[c] as number] as number;
    let selfLoop = false;
    for (let i = index.outStart[v] as number; i < (index.outStart[v + 1] as number); i++) {
      if (index.outTargets[i] === v) selfLoop = true;
    }
    trivial[c] = selfLoop ? 0 : 1;
  }
  return { memberStart, members, trivial };
}
