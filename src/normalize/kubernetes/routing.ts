import type { Value, ValueMap } from '../../model/value.js';
import { dnsName } from '../dns-name.js';
import { asString, get } from '../values.js';
import { componentOf } from './component.js';
import { mapsOf, stringsOf } from './lists.js';
import { type Link, link, type Mapped } from './mapped.js';
import type { KubeObject } from './objects.js';

function sortedHosts(hosts: readonly string[]): string[] {
  return [...new Set(hosts.filter((host) => host !== '').map(dnsName))].sort();
}

/** An Ingress backend: `service.name` (networking.k8s.io/v1) or `serviceName` (v1beta1). */
function backendService(backend: Value | undefined): string | undefined {
  return asString(get(backend, 'service', 'name')) ?? asString(get(backend, 'serviceName'));
}

/** An Ingress: its rule hosts, and every Service its rules and default backend send to. */
export function mapIngress(object: KubeObject): Mapped {
  const spec = get(object.body, 'spec');
  const rules = mapsOf(get(spec, 'rules'));
  const backends = [
    backendService(get(spec, 'defaultBackend')),
    backendService(get(spec, 'backend')),
    ...rules.flatMap((rule) =>
      mapsOf(get(rule, 'http', 'paths')).map((path) => backendService(get(path, 'backend'))),
    ),
  ];
  const hosts = sortedHosts(rules.flatMap((rule) => stringsOf([get(rule, 'host')])));
  const namespace = object.namespace ?? 'default';
  const component = componentOf(object, 'k8s.ingress', { namespace, hosts });
  const links = backends.flatMap((name) => link('backend', 'Service', namespace, name, true));
  return { object, component, links };
}

/** A Gateway (Gateway API): the hostnames of its listeners. */
export function mapGateway(object: KubeObject): Mapped {
  const listeners = mapsOf(get(object.body, 'spec', 'listeners'));
  const hosts = sortedHosts(listeners.flatMap((listener) => stringsOf([get(listener, 'hostname')])));
  const namespace = object.namespace ?? 'default';
  return { object, component: componentOf(object, 'k8s.gateway', { namespace, hosts }), links: [] };
}

/** A Gateway API reference: `kind` and `namespace` default to the given kind and the route's own namespace. */
function reference(ref: ValueMap, role: string, kind: string, namespace: string): Link[] {
  const refKind = asString(get(ref, 'kind')) ?? kind;
  if (refKind !== kind) return [];
  return link(role, kind, asString(get(ref, 'namespace')) ?? namespace, asString(get(ref, 'name')), true);
}

/** An HTTPRoute: its hostnames, its parent Gateways and the Services its rules send to. */
export function mapHttpRoute(object: KubeObject): Mapped {
  const spec = get(object.body, 'spec');
  const namespace = object.namespace ?? 'default';
  const hosts = sortedHosts(stringsOf(get(spec, 'hostnames')));
  const parents = mapsOf(get(spec, 'parentRefs')).flatMap((ref) =>
    reference(ref, 'parent', 'Gateway', namespace),
  );
  const backends = mapsOf(get(spec, 'rules')).flatMap((rule) =>
    mapsOf(get(rule, 'backendRefs')).flatMap((ref) => reference(ref, 'backend', 'Service', namespace)),
  );
  const component = componentOf(object, 'k8s.httproute', { namespace, hosts });
  return { object, component, links: [...parents, ...backends] };
}
