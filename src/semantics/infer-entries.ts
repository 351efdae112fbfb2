import type { Component } from '../model/component.js';
import { nodeIds } from '../model/graph.js';
import type { FailureClass } from '../model/policy.js';
import { type DnsName, normalizeDnsName } from './dns-names.js';
import type { EntryTarget } from './entries.js';
import type { GraphBuilder } from './graph-builder.js';
import type { ModelIndex } from './model-index.js';

/*
 * What users reach when spof.yml declares nothing, outermost first: public DNS
 * names; CloudFront distributions no inferred name leads to; internet-facing
 * load balancers no name or distribution leads to.
 */

/** Record types that name something users connect to (not MX, TXT, NS...). */
const ADDRESS_TYPES = new Set(['A', 'AAAA', 'CNAME']);

/** Nodes reachable from `starts` along requirements (iterative: graphs can be deep). */
function reachable(builder: GraphBuilder, starts: readonly string[]): Set<string> {
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

/** Two stacks often reuse a logical name: the second one is told apart by its file. */
function uniqueName(wanted: string, component: Component, taken: Set<string>): string {
  const name = taken.has(wanted) ? `${wanted} (${component.locations[0]?.file ?? component.id})` : wanted;
  taken.add(name);
  return name;
}

function componentEntry(name: string, component: Component, survive: FailureClass[]): EntryTarget {
  return {
    name,
    nodes: [nodeIds.component(component.id)],
    locations: component.locations,
    survive: [...survive],
    source: 'inferred',
  };
}

export function inferEntries(
  builder: GraphBuilder,
  index: ModelIndex,
  names: readonly DnsName[],
  survive: FailureClass[],
): EntryTarget[] {
  const byName = new Map<string, EntryTarget>();
  for (const dns of names) {
    if (dns.private || !ADDRESS_TYPES.has(dns.type)) continue;
    const entry = byName.get(dns.name);
    const locations = dns.records.flatMap((record) => record.locations);
    if (entry) {
      entry.nodes.push(dns.node);
      entry.locations.push(...locations);
    } else {
      byName.set(dns.name, {
        name: dns.name,
        nodes: [dns.node],
        locations,
        survive: [...survive],
        source: 'inferred',
      });
    }
  }
  const entries = [...byName.values()];
  const taken = new Set(byName.keys());
  let covered = reachable(
    builder,
    entries.flatMap((entry) => entry.nodes),
  );
  const components = index.components();
  for (const distribution of components) {
    if (distribution.kind !== 'aws.cloudfront.distribution' || covered.has(distribution.id)) continue;
    const alias = distribution.attributes.aliases?.[0];
    const wanted = alias !== undefined ? normalizeDnsName(alias) : distribution.name;
    entries.push(componentEntry(uniqueName(wanted, distribution, taken), distribution, survive));
  }
  covered = reachable(
    builder,
    entries.flatMap((entry) => entry.nodes),
  );
  for (const balancer of components) {
    if (balancer.kind !== 'aws.elb.load-balancer' || covered.has(balancer.id)) continue;
    const { scheme, loadBalancerType } = balancer.attributes;
    if (scheme === 'internal' || loadBalancerType === 'gateway') continue;
    entries.push(componentEntry(uniqueName(balancer.name, balancer, taken), balancer, survive));
  }
  return entries;
}
