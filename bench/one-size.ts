import { performance } from 'node:perf_hooks';
import { chokepoints } from '../src/analysis/chokepoints.js';
import { buildCompactIndex } from '../src/analysis/compact-index.js';
import { singleFailures } from '../src/analysis/cut-sets.js';
import { syntheticArchitecture } from './synthetic-architecture.js';

/** Measures one graph size in its own process, so peak memory belongs to that size alone. */
const size = Number(process.argv[2]);
const timings: Record<string, number> = {};
function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  timings[name] = Math.round(performance.now() - start);
  return result;
}

const { graph, entries } = timed('build graphology graph', () => syntheticArchitecture(size));
const index = timed('compact index', () => buildCompactIndex(graph));
const entryIndices = entries.map((entry) => index.indexOf.get(entry.node) as number);
const failures = timed('order-1 cut sets + blast radius', () => singleFailures(index, entryIndices));
const structure = timed('articulation points + bridges', () => chokepoints(index));
let cuts = 0;
for (const list of failures.cuts.values()) cuts += list.length;
process.stdout.write(
  `${JSON.stringify({
    nodes: graph.order,
    edges: graph.size,
    entries: entries.length,
    cuts,
    articulationPoints: structure.articulationPoints.length,
    timingsMs: timings,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
