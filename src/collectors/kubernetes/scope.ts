/**
 * Kinds that live outside any namespace (Kubernetes API reference, "cluster
 * scoped"); their fact ids use `_cluster` where a namespace would go.
 */
const CLUSTER_SCOPED = new Set([
  'APIService',
  'CSIDriver',
  'CSINode',
  'CertificateSigningRequest',
  'ClusterIssuer',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'GatewayClass',
  'IngressClass',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PriorityClass',
  'RuntimeClass',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
  'VolumeSnapshotClass',
]);

/** Where cluster-scoped objects go in ids. */
const CLUSTER_SCOPE = '_cluster';

function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}

/** `<namespace>/<Kind>/<name>`: the namespace `default` when omitted, `_cluster` for cluster-scoped kinds. */
export function objectId(kind: string, namespace: string | undefined, name: string): string {
  const scope = isClusterScoped(kind) ? CLUSTER_SCOPE : (namespace ?? 'default');
  return `${scope}/${kind}/${name}`;
}
