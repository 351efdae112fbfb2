import type { Component } from '../model/component.js';
import { addComponentEntry, addToNamedEntry, coveredBy, type InferredEntries } from './entry-inference.js';
import type { GraphBuilder } from './graph-builder.js';
import type { ModelIndex } from './model-index.js';

/*
 * What users reach in a Kubernetes cluster or a compose project, outermost
 * first: Ingress hosts; HTTPRoute hostnames (a route without its own
 * inherits its Gateways' listener hostnames); Gateways no route in the input
 * attaches to; LoadBalancer Services that no entry found so far leads to;
 * compose services that publish ports. Objects serving the same hostname
 * form one entry that needs each of them (each serves its paths).
 */

function ofKind(index: ModelIndex, kind: Component['kind']): Component[] {
  return index.components().filter((component) => component.kind === kind);
}

/** An object entered by its hostnames, or, serving any host, by a name of its own. */
function hostEntries(component: Component, hosts: readonly string[], inferred: InferredEntries): void {
  if (hosts.length === 0) addComponentEntry(inferred, component.name, component);
  for (const host of hosts) addToNamedEntry(inferred, host, component);
}

function parentGateways(route: Component, index: ModelIndex): Component[] {
  return index
    .relatedOfKind(route, 'k8s.gateway')
    .filter((gateway) => route.relations.some((relation) => relation.target === gateway.id));
}

/**
 * Routes: their own hostnames, else their Gateways' listener hostnames, else
 * (every host) one entry per Gateway, shared by the routes attached to it.
 */
function routeEntries(index: ModelIndex, inferred: InferredEntries): void {
  const byGateway = new Map<string, string>();
  for (const route of ofKind(index, 'k8s.httproute')) {
    const own = route.attributes.hosts ?? [];
    if (own.length > 0) {
      hostEntries(route, own, inferred);
      continue;
    }
    const gateways = parentGateways(route, index);
    const inherited = [...new Set(gateways.flatMap((gateway) => gateway.attributes.hosts ?? []))].sort();
    if (inherited.length > 0 || gateways.length === 0) {
      hostEntries(route, inherited, inferred);
      continue;
    }
    for (const gateway of gateways) {
      const named = byGateway.get(gateway.id);
      if (named !== undefined) addToNamedEntry(inferred, named, route);
      else byGateway.set(gateway.id, addComponentEntry(inferred, gateway.name, route));
    }
  }
}

export function inferClusterEntries(
  builder: GraphBuilder,
  index: ModelIndex,
  inferred: InferredEntries,
): void {
  for (const ingress of ofKind(index, 'k8s.ingress'))
    hostEntries(ingress, ingress.attributes.hosts ?? [], inferred);
  routeEntries(index, inferred);
  for (const gateway of ofKind(index, 'k8s.gateway')) {
    if (index.relatedOfKind(gateway, 'k8s.httproute').length === 0)
      hostEntries(gateway, gateway.attributes.hosts ?? [], inferred);
  }
  const covered = coveredBy(builder, inferred);
  for (const service of ofKind(index, 'k8s.service')) {
    if (service.attributes.serviceType !== 'LoadBalancer' || covered.has(service.id)) continue;
    addComponentEntry(inferred, service.name, service);
  }
  // The compose normalizer marks a service that publishes ports beyond its host's loopback as a LoadBalancer.
  for (const service of ofKind(index, 'compose.service')) {
    if (service.attributes.serviceType === 'LoadBalancer')
      addComponentEntry(inferred, `${service.cluster ?? 'compose'}/${service.name}`, service);
  }
}
