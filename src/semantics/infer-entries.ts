import type { FailureClass } from '../model/policy.js';
import { type DnsName, normalizeDnsName } from './dns-names.js';
import type { EntryTarget } from './entries.js';
import { addComponentEntry, coveredBy, type InferredEntries } from './entry-inference.js';
import type { GraphBuilder } from './graph-builder.js';
import { inferClusterEntries } from './infer-cluster-entries.js';
import type { ModelIndex } from './model-index.js';

/*
 * What users reach when spof.yml declares nothing, outermost first: public DNS
 * names; CloudFront distributions no inferred name leads to; internet-facing
 * load balancers no name or distribution leads to; then Kubernetes and
 * compose entries (infer-cluster-entries.ts).
 */

/** Record types that name something users connect to (not MX, TXT, NS...). */
const ADDRESS_TYPES = new Set(['A', 'AAAA', 'CNAME']);

function dnsEntries(names: readonly DnsName[], inferred: InferredEntries): void {
  for (const dns of names) {
    if (dns.private || !ADDRESS_TYPES.has(dns.type)) continue;
    const entry = inferred.byName.get(dns.name);
    const locations = dns.records.flatMap((record) => record.locations);
    if (entry) {
      entry.nodes.push(dns.node);
      entry.locations.push(...locations);
    } else {
      inferred.byName.set(dns.name, {
        name: dns.name,
        nodes: [dns.node],
        locations,
        survive: [...inferred.survive],
        source: 'inferred',
      });
    }
  }
}

export function inferEntries(
  builder: GraphBuilder,
  index: ModelIndex,
  names: readonly DnsName[],
  survive: FailureClass[],
): EntryTarget[] {
  const inferred: InferredEntries = { byName: new Map(), survive };
  dnsEntries(names, inferred);
  let covered = coveredBy(builder, inferred);
  const components = index.components();
  for (const distribution of components) {
    if (distribution.kind !== 'aws.cloudfront.distribution' || covered.has(distribution.id)) continue;
    const alias = distribution.attributes.aliases?.[0];
    addComponentEntry(
      inferred,
      alias !== undefined ? normalizeDnsName(alias) : distribution.name,
      distribution,
    );
  }
  covered = coveredBy(builder, inferred);
  for (const balancer of components) {
    if (balancer.kind !== 'aws.elb.load-balancer' || covered.has(balancer.id)) continue;
    const { scheme, loadBalancerType } = balancer.attributes;
    if (scheme === 'internal' || loadBalancerType === 'gateway') continue;
    addComponentEntry(inferred, balancer.name, balancer);
  }
  inferClusterEntries(builder, index, inferred);
  return [...inferred.byName.values()];
}
