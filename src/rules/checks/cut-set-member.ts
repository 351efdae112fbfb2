import type { Cut, EntryResult } from '../../analysis/types.js';
import type { Severity } from '../../model/finding.js';
import type { NodeAttributes, SpofGraph } from '../../model/graph.js';
import { type ComponentKind, isComponentKind } from '../../model/kinds.js';
import { indexModel } from '../model-index.js';
import { OptionReader } from '../options.js';
import { type CheckReport, defineCheck } from '../types.js';
import { gateIsRedundant, nearestLocations, providerSpread } from './cut-nodes.js';
import { kindTitle, readKinds } from './kinds-option.js';

const NODE_KINDS = ['component', 'replica'] as const;
type Target = ({ nodeKinds: Array<(typeof NODE_KINDS)[number]> } | { domainKind: string }) & {
  /** Component kinds never reported: configuration that does not fail on its own (listeners, subnets). */
  ignoreKinds: ComponentKind[];
  /** Skip components the provider spreads over zones (Lambda, S3, a load balancer in every zone): they fail with their region. */
  ignoreRegionalServices: boolean;
};

/** Failure classes (policy.ts) a failure of this node belongs to. */
function failureClasses(attributes: NodeAttributes): string[] {
  if (attributes.kind === 'replica') return ['component', 'replica'];
  if (attributes.kind === 'domain') return [attributes.domainKind ?? 'domain'];
  return ['component'];
}

function label(graph: SpofGraph, node: string): string {
  return graph.hasNode(node) ? graph.getNodeAttributes(node).label : node;
}

interface Hit {
  entries: EntryResult[];
  cut: Cut;
  severity: Severity;
  attributes: NodeAttributes;
}

/**
 * Nodes in an order-1 cut set of at least one entry: their failure alone takes
 * the entry down. Severity from the policy: `error` when some entry must
 * survive that failure class, `note` otherwise. A replica's cut is reported on
 * its component, once per component, with every entry it takes down.
 */
export const cutSetMember = defineCheck<Target>({
  name: 'cut-set-member',
  summary: 'a component, replica or domain whose failure alone takes an entry down',
  parse(raw, issues) {
    const reader = new OptionReader(raw, issues);
    const nodeKinds = reader.stringList('nodeKinds', false, NODE_KINDS);
    const domainKind = reader.string('domainKind', false);
    const ignoreKinds = reader.has('ignoreKinds') ? readKinds(reader, 'ignoreKinds', true) : [];
    const ignoreRegionalServices = reader.boolean('ignoreRegionalServices', false) ?? false;
    reader.done();
    if ((nodeKinds === undefined) === (domainKind === undefined))
      reader.issue('nodeKinds', 'or options.domainKind: exactly one must be given');
    const ignore = { ignoreKinds, ignoreRegionalServices };
    return domainKind
      ? { domainKind, ...ignore }
      : { nodeKinds: (nodeKinds ?? []) as Array<(typeof NODE_KINDS)[number]>, ...ignore };
  },
  dataKeys: () => ['entries', 'entry', 'entryCount', 'kind', 'name', 'path'],
  detect(ctx, target) {
    const index = indexModel(ctx.model);
    const hits = new Map<string, Hit>();
    const entries = [...ctx.analysis.entries].sort((a, b) => (a.entry.node < b.entry.node ? -1 : 1));
    for (const result of entries) {
      for (const cut of result.cuts) {
        if (!ctx.graph.hasNode(cut.node)) continue;
        const attributes = ctx.graph.getNodeAttributes(cut.node);
        const wanted =
          'domainKind' in target
            ? attributes.kind === 'domain' && attributes.domainKind === target.domainKind
            : (target.nodeKinds as string[]).includes(attributes.kind);
        if (!wanted) continue;
        // A replica, or the node over a call-cycle member's pods (`<id>#pods`), is reported on its component.
        const reported = attributes.componentId ?? cut.node;
        if (attributes.kind === 'component' && gateIsRedundant(ctx.graph, cut.node)) continue;
        if (attributes.componentKind && target.ignoreKinds.includes(attributes.componentKind)) continue;
        const component = index.byId.get(attributes.componentId ?? reported);
        const regional =
          component?.attributes.regionalService === true || providerSpread(ctx.graph, reported);
        if (target.ignoreRegionalServices && attributes.kind === 'component' && regional) continue;
        const survives = failureClasses(attributes).some((c) =>
          (result.entry.survive as string[]).includes(c),
        );
        const severity: Severity = survives ? 'error' : 'note';
        const hit = hits.get(reported);
        if (!hit) hits.set(reported, { entries: [result], cut, severity, attributes });
        else {
          if (!hit.entries.includes(result)) hit.entries.push(result);
          if (severity === 'error') hit.severity = 'error';
        }
      }
    }
    return [...hits.keys()].sort().map((node): CheckReport => {
      const hit = hits.get(node) as Hit;
      const names = hit.entries.map((result) => result.entry.name);
      const componentKind = hit.attributes.componentKind;
      return {
        node,
        data: {
          entries: names.join(', '),
          entry: names[0] ?? '',
          entryCount: names.length,
          kind:
            componentKind && isComponentKind(componentKind)
              ? kindTitle(componentKind)
              : (hit.attributes.domainKind ?? hit.attributes.kind),
          // A component by its logical name (the kind is said apart); a domain by its label.
          name: index.byId.get(node)?.name ?? label(ctx.graph, node),
          path: hit.cut.path.map((step) => label(ctx.graph, step)).join(' → '),
        },
        entries: hit.entries.map((result) => result.entry.node),
        path: hit.cut.path,
        severity: hit.severity,
        ...(hit.attributes.locations.length > 0
          ? {}
          : { locations: nearestLocations(ctx.graph, hit.cut.path) }),
      };
    });
  },
});
