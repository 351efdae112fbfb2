import { describe, expect, it } from 'vitest';
import { app, k8s, kube } from './cluster-support.js';
import { build, gateOf, requirements, singleCuts } from './support.js';

const WEB = k8s('deployment', 'web');
const UNGUARANTEED = 'zone:deployment-region/#unknown-web';
const DOMAINS = ['cluster:cluster', 'provider:aws', 'region:deployment-region'];

function replicasOf(graph: ReturnType<typeof build>['graph'], workload: string): string[] {
  return requirements(graph, workload);
}

describe('a Kubernetes workload', () => {
  it('with one replica: the replica, its node and its unguaranteed zone are cuts of its Service entry', () => {
    const { graph, entries } = build(app('web', {}, { serviceType: 'LoadBalancer' }));
    expect(entries.map((entry) => entry.node)).toEqual(['entry:web']);
    expect(gateOf(graph, WEB)).toBe('any');
    expect(replicasOf(graph, WEB)).toEqual([`${WEB}#0`]);
    expect(requirements(graph, `${WEB}#0`)).toEqual(['cluster:cluster', 'host:cluster/web#0', UNGUARANTEED]);
    expect(requirements(graph, 'host:cluster/web#0')).toEqual([UNGUARANTEED]);
    expect(requirements(graph, 'cluster:cluster')).toEqual(['region:deployment-region']);
    expect(singleCuts(graph, 'entry:web')).toEqual(
      [...DOMAINS, 'host:cluster/web#0', WEB, `${WEB}#0`, k8s('service', 'web'), UNGUARANTEED].sort(),
    );
  });

  it('labels its domains so a witness path reads as a sentence', () => {
    const { graph } = build(app('web', { attributes: { count: 2 } }));
    expect(graph.getNodeAttributes('cluster:cluster')).toMatchObject({
      label: 'the cluster',
      domainKind: 'cluster',
    });
    expect(graph.getNodeAttributes('host:cluster/web#1')).toMatchObject({
      label: 'the node of web #1',
      domainKind: 'host',
    });
    expect(graph.getNodeAttribute(UNGUARANTEED, 'label')).toBe('the unguaranteed zone of web');
    expect(graph.getNodeAttribute(`${WEB}#1`, 'label')).toBe('web #1 in the unguaranteed zone of web');
    expect(graph.getEdgeAttribute(`${WEB}#1`, 'host:cluster/web#1', 'reason')).toBe('host');
  });

  it('with 3 replicas and a required zone spread: no zone and no node is a cut', () => {
    const { graph } = build(app('web', { attributes: { count: 3, zoneSpread: 'required' } }));
    expect(requirements(graph, `${WEB}#2`)).toEqual([
      'cluster:cluster',
      'host:cluster/web#2',
      'zone:deployment-region/#2',
    ]);
    expect(singleCuts(graph, k8s('service', 'web'))).toEqual([...DOMAINS, WEB].sort());
  });

  it('with 3 replicas and no spread guarantee: the unguaranteed zone is a cut, no node is', () => {
    for (const zoneSpread of [undefined, 'none', 'preferred'] as const) {
      const { graph } = build(
        app('web', { attributes: { count: 3, ...(zoneSpread ? { zoneSpread } : {}) } }),
      );
      expect(replicasOf(graph, WEB)).toHaveLength(3);
      const cuts = singleCuts(graph, k8s('service', 'web'));
      expect(cuts).toEqual([...DOMAINS, WEB, UNGUARANTEED].sort());
      expect(cuts.some((node) => node.startsWith('host:'))).toBe(false);
    }
  });

  it('runs what an HPA floor promises only when it is above the replicas asked for', () => {
    const raised = build(app('web', { attributes: { count: 1, minSize: 3 } })).graph;
    expect(replicasOf(raised, WEB)).toEqual([`${WEB}#0`, `${WEB}#1`, `${WEB}#2`]);
    const kept = build(app('web', { attributes: { count: 2, minSize: 1 } })).graph;
    expect(replicasOf(kept, WEB)).toEqual([`${WEB}#0`, `${WEB}#1`]);
  });

  it('reads the floor from an HPA targeting it too, and the HPA adds no requirement', () => {
    const hpa = kube('k8s.horizontal-pod-autoscaler', 'web', {
      attributes: { minSize: 3, maxSize: 10 },
      relations: [['scales', WEB]],
    });
    const { graph } = build([...app('web'), hpa]);
    expect(replicasOf(graph, WEB)).toHaveLength(3);
    expect(graph.hasEdge(hpa.id, WEB)).toBe(false);
    expect(requirements(graph, hpa.id)).toEqual(['cluster:cluster']);
    expect(graph.inDegree(hpa.id)).toBe(0);
  });

  it('pinned to one zone: every replica in that zone, whatever the spread says', () => {
    const { graph } = build(
      app('web', { attributes: { count: 3, zoneSpread: 'required', pinnedZones: ['us-east-1a'] } }),
    );
    for (const replica of replicasOf(graph, WEB)) {
      expect(requirements(graph, replica)).toContain('zone:us-east-1/us-east-1a');
    }
    expect(graph.getNodeAttribute('zone:us-east-1/us-east-1a', 'label')).toBe('us-east-1a');
    expect(singleCuts(graph, k8s('service', 'web'))).toEqual(
      [...DOMAINS, WEB, 'region:us-east-1', 'zone:us-east-1/us-east-1a'].sort(),
    );
  });

  it('pinned to two zones with a required spread: round-robin over them, no zone is a cut', () => {
    const { graph } = build(
      app('web', {
        attributes: { count: 3, zoneSpread: 'required', pinnedZones: ['us-east-1b', 'us-east-1a'] },
      }),
    );
    const zones = replicasOf(graph, WEB).map((replica) =>
      requirements(graph, replica).find((node) => node.startsWith('zone:')),
    );
    expect(zones).toEqual([
      'zone:us-east-1/us-east-1a',
      'zone:us-east-1/us-east-1b',
      'zone:us-east-1/us-east-1a',
    ]);
    expect(singleCuts(graph, k8s('service', 'web'))).toEqual([...DOMAINS, WEB, 'region:us-east-1'].sort());
  });

  it('pinned to two zones without a required spread: still one unguaranteed zone', () => {
    const { graph } = build(
      app('web', { attributes: { count: 3, pinnedZones: ['us-east-1a', 'us-east-1b'] } }),
    );
    expect(singleCuts(graph, k8s('service', 'web'))).toContain(UNGUARANTEED);
  });

  it('mounting a ReadWriteOnce claim: every replica in the claim’s zone, the claim a cut', () => {
    const claim = kube('k8s.persistent-volume-claim', 'data', {
      attributes: { accessModes: ['ReadWriteOnce'] },
      relations: [['storageClass', 'k8s.storage-class:_cluster/fast']],
    });
    const storageClass = { ...kube('k8s.storage-class', 'fast'), id: 'k8s.storage-class:_cluster/fast' };
    const deployment = {
      attributes: { count: 3, zoneSpread: 'required' as const },
      relations: [['volume', claim.id]] as Array<[string, string]>,
    };
    const { graph } = build([...app('web', deployment), claim, storageClass]);
    const zone = 'zone:deployment-region/#unknown-data';
    for (const replica of replicasOf(graph, WEB)) {
      expect(requirements(graph, replica)).toEqual(
        ['cluster:cluster', `host:cluster/web#${replica.slice(-1)}`, claim.id, zone].sort(),
      );
    }
    expect(requirements(graph, claim.id)).toEqual(['cluster:cluster', zone]);
    expect(graph.getNodeAttribute(zone, 'label')).toBe('the zone of volume data');
    expect(graph.inDegree(storageClass.id)).toBe(0);
    expect(singleCuts(graph, k8s('service', 'web'))).toEqual([...DOMAINS, WEB, claim.id, zone].sort());
  });

  it('mounting a ReadWriteMany claim: the spread holds, the claim stands on the cluster', () => {
    const claim = kube('k8s.persistent-volume-claim', 'shared', {
      attributes: { accessModes: ['ReadWriteMany'] },
    });
    const { graph } = build([
      ...app('web', { attributes: { count: 2, zoneSpread: 'required' }, relations: [['volume', claim.id]] }),
      claim,
    ]);
    expect(requirements(graph, claim.id)).toEqual(['cluster:cluster']);
    expect(singleCuts(graph, k8s('service', 'web'))).toEqual([...DOMAINS, WEB, claim.id].sort());
  });

  it('a ReadWriteOnce claim bound to a volume in a named zone pins to that zone', () => {
    const volume = {
      ...kube('k8s.persistent-volume', 'pv-1', { zones: ['us-east-1/us-east-1c'] }),
      id: 'k8s.persistent-volume:_cluster/pv-1',
    };
    const claim = kube('k8s.persistent-volume-claim', 'data', {
      attributes: { accessModes: ['ReadWriteOnce'] },
      relations: [['boundTo', volume.id]],
    });
    const { graph } = build([...app('web', { relations: [['volume', claim.id]] }), claim, volume]);
    expect(requirements(graph, claim.id)).toEqual([
      'cluster:cluster',
      volume.id,
      'zone:us-east-1/us-east-1c',
    ]);
    expect(requirements(graph, `${WEB}#0`)).toContain('zone:us-east-1/us-east-1c');
    expect(singleCuts(graph, k8s('service', 'web'))).toContain(volume.id);
  });

  it('a StatefulSet’s volumeClaimTemplates do not pin it: a volume per replica', () => {
    const set = kube('k8s.statefulset', 'db', {
      attributes: { count: 3, zoneSpread: 'required', accessModes: ['ReadWriteOnce'], holdsState: true },
    });
    const { graph } = build([set]);
    expect(singleCuts(graph, set.id)).toEqual(DOMAINS);
  });

  it('a DaemonSet is two pods on two nodes, in its unguaranteed zone', () => {
    const agent = kube('k8s.daemonset', 'agent', { attributes: { count: 5 } });
    const { graph } = build([agent]);
    expect(requirements(graph, agent.id)).toEqual([`${agent.id}#0`, `${agent.id}#1`]);
    expect(requirements(graph, `${agent.id}#1`)).toContain('host:cluster/agent#1');
    expect(singleCuts(graph, agent.id)).toEqual([...DOMAINS, 'zone:deployment-region/#unknown-agent'].sort());
  });

  it('a bare Pod runs once, and a Pod owned by a controller does not need it', () => {
    const set = kube('k8s.replicaset', 'web-abc', { attributes: { count: 2 } });
    const pod = kube('k8s.pod', 'web-abc-x1', {
      attributes: { count: 3, controlled: true },
      relations: [['ownedBy', set.id]],
    });
    const { graph } = build([set, pod]);
    expect(requirements(graph, pod.id)).toEqual([`${pod.id}#0`]);
    expect(requirements(graph, `${pod.id}#0`)).not.toContain(set.id);
    expect(singleCuts(graph, pod.id)).toContain('host:cluster/web-abc-x1#0');
  });

  it('keeps the nodes of two workloads with one name apart', () => {
    const { graph } = build([
      kube('k8s.deployment', 'web', { namespace: 'a' }),
      kube('k8s.deployment', 'web', { namespace: 'b' }),
    ]);
    expect(requirements(graph, 'k8s.deployment:a/web#0')).toEqual([
      'cluster:cluster',
      'host:cluster/deployment:a/web#0',
      'zone:deployment-region/#unknown-deployment:a/web',
    ]);
    expect(graph.getNodeAttribute('host:cluster/deployment:b/web#0', 'label')).toBe(
      'the node of web (Deployment in b) #0',
    );
  });
});
