import { execFileSync } from 'node:child_process';

/**
 * `npm run bench [-- 1e4 1e5]`: time and peak memory of the analysis on synthetic
 * architectures of 10^4, 10^5 and 10^6 nodes, each size in a fresh process.
 */
const sizes = process.argv.slice(2).map(Number);
for (const size of sizes.length > 0 ? sizes : [1e4, 1e5, 1e6]) {
  const output = execFileSync(
    process.execPath,
    [
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      new URL('./one-size.ts', import.meta.url).pathname,
      String(size),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const result = JSON.parse(output) as {
    nodes: number;
    edges: number;
    entries: number;
    cuts: number;
    timingsMs: Record<string, number>;
    peakRssMiB: number;
  };
  process.stdout.write(
    `${result.nodes.toLocaleString('en')} nodes, ${result.edges.toLocaleString('en')} edges, ${result.entries} entries, ${result.cuts} cuts, peak RSS ${result.peakRssMiB} MiB\n`,
  );
  for (const [stage, ms] of Object.entries(result.timingsMs))
    process.stdout.write(`  ${stage.padEnd(34)} ${ms} ms\n`);
}
