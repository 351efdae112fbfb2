import { REPORTERS } from '../../src/report/index.js';
import { sampleResult } from './sample-result.js';

/**
 * Every golden file: its name under test/report/golden/ and how it is rendered.
 * The `.golden` suffix keeps formatters (biome) from rewriting them.
 */
export const GOLDENS: ReadonlyArray<{ file: string; render: () => string }> = [
  {
    file: 'sample.console.golden',
    render: () => REPORTERS.console(sampleResult(), { colorLevel: 0, githubActions: false }),
  },
  {
    file: 'sample.json.golden',
    render: () => REPORTERS.json(sampleResult(), { colorLevel: 0, githubActions: false }),
  },
  {
    file: 'sample.sarif.golden',
    render: () => REPORTERS.sarif(sampleResult(), { colorLevel: 0, githubActions: false }),
  },
];

export const GOLDEN_DIR = new URL('./golden/', import.meta.url);
