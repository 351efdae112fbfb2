import { DirectedGraph } from 'graphology';
import type { EntryPoint } from '../src/analysis/types.js';
import type { EdgeAttributes, Gate, NodeAttributes, NodeKind } from '../src/model/graph.js';

/** A deterministic pseudo-random sequence (mulberry32), so every run builds the same graph. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZONES_PER_REGION = 3;
const REGIONS = 3;

/**
 * Many application stacks the shape spof builds from IaC (entry → load balancer
 * over zones → target group → service replicas → database and a cache shared by
 * ten stacks, subnets per zone behind NAT gateways), about 16 nodes each, some
 * stacks with a single replica or a single-zone database. Returns about `size` nodes.
 */
export function syntheticArchitecture(size: number) {
  const graph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
  const next = random(size);
  const node = (id: string, kind: NodeKind, gate: Gate = { type: 'all' }) => {
    if (!graph.hasNode(id)) graph.addNode(id, { kind, gate, label: id, locations: [] });
    return id;
  };
  const need = (from: string, to: string) => {
    if (!graph.hasEdge(from, to)) graph.addEdge(from, to, { reason: 'requires', locations: [] });
  };
  node('provider:aws', 'domain');
  const zones: string[] = [];
  for (let r = 0; r < REGIONS; r++) {
    const region = node(`region:r${r}`, 'domain');
    need(region, 'provider:aws');
    for (let z = 0; z < ZONES_PER_REGION; z++) {
      const zone = node(`zone:r${r}/z${z}`, 'domain');
      need(zone, region);
      const nat = node(`nat:r${r}/z${z}`, 'component');
      need(nat, zone);
      const subnet = node(`subnet:r${r}/z${z}`, 'component');
      need(subnet, zone);
      need(subnet, nat);
      zones.push(`r${r}/z${z}`);
    }
  }
  const entries: EntryPoint[] = [];
  for (let app = 0; graph.order < size; app++) {
    const region = app % REGIONS;
    const zonesHere = zones.filter((zone) => zone.startsWith(`r${region}/`));
    const entry = node(`entry:app${app}`, 'entry');
    entries.push({ node: entry, name: `app${app}`, survive: ['component', 'zone'], source: 'inferred' });
    const lb = node(`lb:app${app}`, 'component');
    need(entry, lb);
    const lbZones = node(`lb:app${app}#zones`, 'component', { type: 'any' });
    need(lb, lbZones);
    for (const zone of zonesHere) {
      const replica = node(`lb:app${app}@${zone}`, 'replica');
      need(lbZones, replica);
      need(replica, `subnet:${zone}`);
    }
    const service = node(`svc:app${app}`, 'component');
    need(lb, service);
    const replicas = node(`svc:app${app}#replicas`, 'component', { type: 'any' });
    need(service, replicas);
    const count = next() < 0.2 ? 1 : 3;
    for (let i = 0; i < count; i++) {
      const replica = node(`svc:app${app}#${i}`, 'replica');
      need(replicas, replica);
      need(replica, `subnet:${zonesHere[i % zonesHere.length]}`);
    }
    const db = node(`db:app${app}`, 'component', { type: next() < 0.3 ? 'all' : 'any' });
    need(service, db);
    for (let i = 0; i < 2; i++) {
      const replica = node(`db:app${app}#${i}`, 'replica');
      need(db, replica);
      need(replica, `zone:${zonesHere[i]}`);
    }
    const cache = node(`cache:r${region}/group${Math.floor(app / (10 * REGIONS))}`, 'component');
    need(service, cache);
    need(cache, `zone:${zonesHere[2]}`);
  }
  return { graph, entries };
}
