import { stronglyConnectedComponents } from '../graph/strongly-connected.js';
import type { CompactIndex } from './compact-index.js';
import { bump } from './typed-array.js';

/**
 * Strongly connected components of the requirement graph, numbered
 * requirements-first: if u requires v, component(v) <= component(u).
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
  const { component, count } = stronglyConnectedComponents(index.outStart, index.outTargets);
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
