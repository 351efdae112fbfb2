import { describe, expect, it } from 'vitest';
import { CONTAINER, deployment, normalizeText } from './helpers.js';

describe('kubernetes normalizer: workload attributes', () => {
  it('a Deployment without replicas leaves the count unset (Kubernetes runs 1) and rolls 25% at a time', () => {
    const { get, diagnostics } = normalizeText(deployment('web', CONTAINER));
    const web = get('k8s.deployment:default/web');
    expect(diagnostics).toEqual([]);
    expect(web).toMatchObject({
      kind: 'k8s.deployment',
      name: 'web',
      nativeType: 'Deployment',
      format: 'kubernetes',
      provider: 'kubernetes',
      cluster: 'cluster',
      region: 'unknown-hosting',
      zones: [],
      relations: [],
      locations: [{ file: 'app.yaml', line: 2 }],
    });
    expect(web.attributes).toEqual({
      namespace: 'default',
      labels: { app: 'web' },
      images: ['shop/app:1.2.3'],
      updateStrategy: 'RollingUpdate',
      maxUnavailable: '25%',
      readinessProbe: false,
      zoneSpread: 'none',
      hostSpread: 'none',
      localState: [],
      holdsState: false,
    });
  });

  it('reads replicas, Recreate, readiness probes on every container, init containers ignored for probes', () => {
    const pod = `initContainers:
  - name: migrate
    image: shop/migrate
containers:
  - name: a
    image: shop/a@sha256:abc
    readinessProbe: { httpGet: { path: /, port: 80 } }
  - name: b
    image: shop/b:latest
    readinessProbe: { tcpSocket: { port: 81 } }
`;
    const { get } = normalizeText(deployment('web', pod, 'replicas: 3\nstrategy:\n  type: Recreate'));
    const { attributes } = get('k8s.deployment:default/web');
    expect(attributes.count).toBe(3);
    expect(attributes.updateStrategy).toBe('Recreate');
    expect(attributes.maxUnavailable).toBeUndefined();
    expect(attributes.readinessProbe).toBe(true);
    expect(attributes.images).toEqual(['shop/a@sha256:abc', 'shop/b:latest', 'shop/migrate']);
  });

  it('one container without a readiness probe makes readinessProbe false', () => {
    const pod = `containers:
  - name: a
    readinessProbe: { httpGet: { path: /, port: 80 } }
  - name: b
`;
    expect(
      normalizeText(deployment('web', pod)).get('k8s.deployment:default/web').attributes.readinessProbe,
    ).toBe(false);
  });

  it('reads rollingUpdate.maxUnavailable as written', () => {
    const extra = 'strategy:\n  rollingUpdate:\n    maxUnavailable: 100%';
    const { attributes } = normalizeText(deployment('web', CONTAINER, extra)).get(
      'k8s.deployment:default/web',
    );
    expect(attributes).toMatchObject({ updateStrategy: 'RollingUpdate', maxUnavailable: '100%' });
  });

  it('zone and host spread: DoNotSchedule (default) is required, ScheduleAnyway preferred', () => {
    const required = `${CONTAINER}topologySpreadConstraints:
  - maxSkew: 1
    topologyKey: topology.kubernetes.io/zone
    labelSelector: { matchLabels: { app: web } }
  - maxSkew: 1
    topologyKey: kubernetes.io/hostname
    whenUnsatisfiable: ScheduleAnyway
`;
    const { attributes } = normalizeText(deployment('web', required)).get('k8s.deployment:default/web');
    expect(attributes.zoneSpread).toBe('required');
    expect(attributes.hostSpread).toBe('preferred');
  });

  it('anti-affinity: required on the legacy zone key, preferred on the hostname', () => {
    const pod = `${CONTAINER}affinity:
  podAntiAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      - topologyKey: failure-domain.beta.kubernetes.io/zone
        labelSelector: { matchLabels: { app: web } }
    preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 100
        podAffinityTerm:
          topologyKey: kubernetes.io/hostname
          labelSelector: { matchLabels: { app: web } }
`;
    const { attributes } = normalizeText(deployment('web', pod)).get('k8s.deployment:default/web');
    expect(attributes.zoneSpread).toBe('required');
    expect(attributes.hostSpread).toBe('preferred');
  });

  it('pins zones by nodeSelector, and by a required node affinity whose every term lists zones', () => {
    const bySelector = `${CONTAINER}nodeSelector:
  topology.kubernetes.io/zone: eu-west-1a
`;
    const pinned = normalizeText(deployment('web', bySelector)).get('k8s.deployment:default/web');
    expect(pinned.attributes.pinnedZones).toEqual(['eu-west-1a']);
    expect(pinned.zones).toEqual(['eu-west-1/eu-west-1a']);
    const byAffinity = `${CONTAINER}affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions:
            - { key: topology.kubernetes.io/zone, operator: In, values: [us-east-1b, us-east-1a] }
`;
    const affinity = normalizeText(deployment('web', byAffinity)).get('k8s.deployment:default/web');
    expect(affinity.attributes.pinnedZones).toEqual(['us-east-1a', 'us-east-1b']);
    const unrestricted = `${CONTAINER}affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions:
            - { key: topology.kubernetes.io/zone, operator: In, values: [us-east-1a] }
        - matchExpressions:
            - { key: disktype, operator: In, values: [ssd] }
`;
    const loose = normalizeText(deployment('web', unrestricted)).get('k8s.deployment:default/web');
    expect(loose.attributes.pinnedZones).toBeUndefined();
    expect(loose.zones).toEqual([]);
  });

  it('local state: only emptyDir and hostPath volumes that a container mounts', () => {
    const pod = `containers:
  - name: app
    volumeMounts:
      - { name: scratch, mountPath: /tmp }
      - { name: logs, mountPath: /var/log }
volumes:
  - name: scratch
    emptyDir: {}
  - name: logs
    hostPath: { path: /var/log }
  - name: unused
    emptyDir: {}
`;
    const { attributes } = normalizeText(deployment('web', pod)).get('k8s.deployment:default/web');
    expect(attributes.localState).toEqual(['emptyDir', 'hostPath']);
    const onlyUnused = `containers:
  - name: app
volumes:
  - name: unused
    emptyDir: {}
`;
    expect(
      normalizeText(deployment('web', onlyUnused)).get('k8s.deployment:default/web').attributes.localState,
    ).toEqual([]);
  });

  it('StatefulSet: holds state, claim template access modes, OnDelete, no default maxUnavailable', () => {
    const { get } = normalizeText(`apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: data
spec:
  replicas: 3
  updateStrategy:
    type: OnDelete
  template:
    metadata:
      labels: { app: db }
    spec:
      containers: [{ name: db, image: postgres:16 }]
  volumeClaimTemplates:
    - metadata: { name: pgdata }
      spec:
        accessModes: [ReadWriteOnce]
`);
    const db = get('k8s.statefulset:data/db');
    expect(db.attributes).toMatchObject({
      namespace: 'data',
      count: 3,
      updateStrategy: 'OnDelete',
      accessModes: ['ReadWriteOnce'],
      holdsState: true,
      localState: [],
    });
    expect(db.attributes.maxUnavailable).toBeUndefined();
  });

  it('DaemonSet: no count, rolling update one node at a time by default', () => {
    const { get } = normalizeText(`apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  template:
    metadata:
      labels: { app: agent }
    spec:
      containers: [{ name: agent, image: agent:1 }]
`);
    const { attributes } = get('k8s.daemonset:default/agent');
    expect(attributes.count).toBeUndefined();
    expect(attributes).toMatchObject({ updateStrategy: 'RollingUpdate', maxUnavailable: 1 });
  });

  it('Pod: count 1, controlled only with ownerReferences; CronJob reads its job template', () => {
    const { get } = normalizeText(`apiVersion: v1
kind: Pod
metadata:
  name: bare
  labels: { app: bare }
spec:
  containers: [{ name: c, image: busybox }]
---
apiVersion: v1
kind: Pod
metadata:
  name: owned
  ownerReferences: [{ apiVersion: apps/v1, kind: ReplicaSet, name: web-123, uid: u1 }]
spec:
  containers: [{ name: c, image: busybox }]
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      parallelism: 2
      template:
        metadata:
          labels: { app: nightly }
        spec:
          containers: [{ name: job, image: shop/report:2 }]
`);
    expect(get('k8s.pod:default/bare').attributes).toMatchObject({
      count: 1,
      controlled: false,
      labels: { app: 'bare' },
    });
    expect(get('k8s.pod:default/owned').attributes.controlled).toBe(true);
    expect(get('k8s.cronjob:default/nightly').attributes).toMatchObject({
      count: 2,
      images: ['shop/report:2'],
      labels: { app: 'nightly' },
    });
  });

  it('a replicas value that is not a whole number is reported, and the count left unknown', () => {
    const { get, diagnostics } = normalizeText(deployment('web', CONTAINER, 'replicas: "3"'));
    expect(get('k8s.deployment:default/web').attributes.count).toBeUndefined();
    expect(diagnostics.map(({ code, level, line }) => ({ code, level, line }))).toEqual([
      { code: 'unresolved-value', level: 'warning', line: 2 },
    ]);
  });
});
