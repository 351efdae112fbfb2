/** A Service a value may name: its name, and its namespace when the value says so. */
export interface HostReference {
  name: string;
  namespace: string | undefined;
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** `scheme://[user[:password]@]host[:port][/...]`: only the host is kept, never the credentials. */
const URL = new RegExp(
  `^[a-z][a-z0-9+.-]*://(?:[^@/\\s]*@)?(${LABEL}(?:\\.${LABEL})*)(?::\\d{1,5})?(?:[/?#].*)?$`,
);
/** `host:port`. */
const HOST_PORT = new RegExp(`^(${LABEL}(?:\\.${LABEL})*):\\d{1,5}$`);
/** `name.namespace`, `name.namespace.svc`, `name.namespace.svc.cluster.local`, without a port. */
const CLUSTER_DNS = new RegExp(`^(${LABEL}\\.${LABEL}(?:\\.svc(?:\\.cluster\\.local)?)?)$`);
const CLUSTER_SUFFIX = /\.svc(?:\.cluster\.local)?$/;

/** `name`, `name.namespace`, with the cluster DNS suffix removed; undefined for other (external) names. */
function serviceOf(host: string): HostReference | undefined {
  const labels = host.replace(CLUSTER_SUFFIX, '').split('.');
  if (labels.length === 1) return { name: labels[0] as string, namespace: undefined };
  if (labels.length === 2) return { name: labels[0] as string, namespace: labels[1] as string };
  return undefined;
}

/** One word of a value: a URL, a `host:port`, or a bare in-cluster DNS name. */
function hostOf(word: string): string | undefined {
  return URL.exec(word)?.[1] ?? HOST_PORT.exec(word)?.[1] ?? CLUSTER_DNS.exec(word)?.[1];
}

/**
 * The Services a configuration value may name (Kubernetes "DNS for Services
 * and Pods"): `cartservice:7070`, `redis://cart-redis:6379`,
 * `http://payments.shop.svc.cluster.local:9000`, `payments.shop`. Lists
 * separated by commas, semicolons or spaces are read word by word. A bare
 * single word (`frontend`) is not read: too many values are plain words.
 */
export function hostReferences(value: string): HostReference[] {
  if (value.length > 4096) return [];
  const found: HostReference[] = [];
  for (const word of value.toLowerCase().split(/[\s,;]+/)) {
    if (word === '') continue;
    const host = hostOf(word);
    const reference = host === undefined ? undefined : serviceOf(host);
    if (reference !== undefined) found.push(reference);
  }
  return found;
}
