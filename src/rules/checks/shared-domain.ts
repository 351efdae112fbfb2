import type { Component } from '../../model/component.js';
import type { ComponentKind } from '../../model/kinds.js';
import { indexModel, neighbours } from '../model-index.js';
import { OptionReader } from '../options.js';
import {
  componentPlacement,
  nodePlacement,
  PLACEMENT_KINDS,
  type PlacementKind,
  placementLabel,
  sharedPlacement,
} from '../placement.js';
import { type CheckReport, defineCheck, type RuleContext } from '../types.js';
import { kindTitle, readKinds } from './kinds-option.js';

interface Options {
  kinds: ComponentKind[];
  domainKind: PlacementKind;
  /**
   * Members are related components of these kinds (subnets); when there are
   * none, the group's own zones (each zone one member); else its replicas in the graph.
   */
  memberKinds: ComponentKind[];
}

/** Placements of a group's members, and what the members are called. */
function memberPlacements(ctx: RuleContext, group: Component, options: Options) {
  const related = neighbours(indexModel(ctx.model), group).filter((c) =>
    options.memberKinds.includes(c.kind),
  );
  if (related.length > 0) {
    return {
      noun: kindTitle(related[0]?.kind ?? group.kind),
      placements: related.map((c) => componentPlacement(c, options.domainKind)),
    };
  }
  const own = componentPlacement(group, options.domainKind);
  if (group.zones.length > 0) return { noun: options.domainKind, placements: own.map((key) => [key]) };
  const replicas = ctx.graph.hasNode(group.id)
    ? ctx.graph
        .outNeighbors(group.id)
        .filter((node) => ctx.graph.getNodeAttributes(node).kind === 'replica')
        .sort()
    : [];
  return {
    noun: 'replica',
    placements: replicas.map((node) => nodePlacement(ctx.graph, node, options.domainKind)),
  };
}

/**
 * Groups (load balancers over subnets, Auto Scaling groups and services over
 * subnets or replicas) whose members all sit in one domain of a kind: that
 * domain's failure takes every member down at once. Members whose placement
 * the input does not name make no claim.
 */
export const sharedDomain = defineCheck<Options>({
  name: 'shared-domain',
  summary: 'every member of a group sits in the same failure domain',
  parse(raw, issues) {
    const reader = new OptionReader(raw, issues);
    const kinds = readKinds(reader, 'kinds', true);
    const domainKind = (reader.string('domainKind', true, PLACEMENT_KINDS) ?? 'zone') as PlacementKind;
    const memberKinds = reader.has('memberKinds') ? readKinds(reader, 'memberKinds', true) : [];
    reader.done();
    return { kinds, domainKind, memberKinds };
  },
  dataKeys: () => ['domain', 'kind', 'memberCount', 'members', 'name'],
  detect(ctx, options) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const kind of options.kinds) {
      for (const group of index.byKind(kind)) {
        const { noun, placements } = memberPlacements(ctx, group, options);
        const shared = sharedPlacement(placements);
        if (shared.length === 0) continue;
        reports.push({
          node: group.id,
          data: {
            domain: shared.map((key) => placementLabel(options.domainKind, key)).join(', '),
            kind: kindTitle(group.kind),
            memberCount: placements.length,
            members: noun,
            name: group.name,
          },
        });
      }
    }
    return reports.sort((a, b) => (a.node < b.node ? -1 : 1));
  },
});
