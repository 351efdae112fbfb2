import type { Component } from '../model/component.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { compareLocations, type SourceLocation } from '../model/location.js';
import { CALLER_KINDS, CallGraph, copyDependencies } from './call-graph.js';
import type { Dependency } from './dependencies.js';
import { domainName } from './kinds/pod-names.js';
import type { ModelIndex } from './model-index.js';
import { cyclicGroups } from './strongly-connected.js';

/*
 * Workloads that call each other (A calls a Service selecting B, B one
 * selecting A) hold each other up. Read as requirements, that loop is down
 * under the least fixpoint even with nothing failed, yet running services
 * serve each other's calls while all are up. So the members of a call cycle
 * stand or fall together: their copies keep every requirement but the calls
 * inside the cycle, and each member needs the cycle, which needs every
 * member's pods (cycle-nodes.ts writes that). A call to a Service that also
 * selects workloads outside the cycle is left out as well: its members are
 * then counted as needing each other even where those outside workloads could
 * have served, which may show a cut that is not one, never hide one.
 */

/** Workloads or compose services whose calls loop back to each of them. */
export interface CallCycle {
  /** `cycle:<lowest member id>`: each caller is in one cycle at most, so this is unique and stable. */
  node: string;
  /** "a, b and c, which call each other" */
  label: string;
  /** Sorted by id. */
  members: Component[];
  /** Where the calls inside the cycle are written, sorted. */
  locations: SourceLocation[];
}

/** More names than this in a label or message are counted, not listed. */
const MAX_NAMED = 5;

function listed(names: readonly string[]): string {
  const shown =
    names.length > MAX_NAMED
      ? [...names.slice(0, MAX_NAMED - 1), `${names.length - MAX_NAMED + 1} others`]
      : names;
  return shown.length < 2
    ? (shown[0] ?? '')
    : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** The call cycles of a model, by member. */
export class CallCycles {
  private readonly byMember = new Map<string, CallCycle>();

  private readonly index: ModelIndex;

  constructor(
    readonly cycles: readonly CallCycle[],
    private readonly calls: CallGraph,
  ) {
    this.index = calls.index;
    for (const cycle of cycles) for (const member of cycle.members) this.byMember.set(member.id, cycle);
  }

  /** The cycle `componentId` is a member of, if any. */
  of(componentId: string): CallCycle | undefined {
    return this.byMember.get(componentId);
  }

  /** Whether `dependency` of a member of `cycle` calls into the cycle (such edges are left out). */
  callsInto(cycle: CallCycle, dependency: Dependency): boolean {
    return this.calls.servedBy(dependency).some((callee) => this.byMember.get(callee.id) === cycle);
  }

  /** What every copy of `component` requires: its dependencies but the calls inside its cycle. */
  copyDependencies(component: Component): Dependency[] {
    const all = copyDependencies(component, this.index);
    const cycle = this.of(component.id);
    return cycle ? all.filter((dependency) => !this.callsInto(cycle, dependency)) : all;
  }

  /** One note per cycle, at the call inside it written first. */
  diagnostics(): Diagnostic[] {
    return this.cycles.map((cycle) => {
      const names = listed(cycle.members.map((member) => domainName(member, this.index).label));
      const whose = cycle.members.length === 2 ? "the other's" : "the others'";
      const copies = cycle.members[0]?.kind === 'compose.service' ? 'containers' : 'pods';
      const at = cycle.locations[0];
      return {
        code: 'call-cycle',
        level: 'note',
        message: `${names} call each other: each is counted as needing ${whose} ${copies}`,
        ...(at ? { file: at.file, line: at.line, ...(at.column ? { column: at.column } : {}) } : {}),
      };
    });
  }
}

/** The call cycles among the workloads and compose services of `index`, sorted by node id. */
export function findCallCycles(index: ModelIndex): CallCycles {
  const calls = new CallGraph(index);
  const callers = index.components().filter((component) => CALLER_KINDS.has(component.kind));
  const position = new Map(callers.map((caller, i) => [caller.id, i]));
  const adjacency = callers.map((caller) =>
    calls.calleesOf(caller).flatMap((callee) => {
      const at = position.get(callee.id);
      return at === undefined ? [] : [at];
    }),
  );
  const cycles = cyclicGroups(adjacency).map((group): CallCycle => {
    const members = group.map((at) => callers[at] as Component);
    const ids = new Set(members.map((member) => member.id));
    const locations = members.flatMap((member) =>
      copyDependencies(member, index)
        .filter((dependency) => calls.servedBy(dependency).some((callee) => ids.has(callee.id)))
        .map((dependency) => dependency.location),
    );
    const names = members.map((member) => domainName(member, index).label);
    return {
      node: `cycle:${members[0]?.id}`,
      label: `${listed(names)}, which call each other`,
      members,
      locations: locations.sort(compareLocations),
    };
  });
  return new CallCycles(cycles, calls);
}
