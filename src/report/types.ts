import type { ScanResult } from '../scan.js';

/** How a report is rendered. Reporters read nothing else: no environment, no clock. */
export interface ReportOptions {
  /** Chalk colour level for the console report: 0 is plain text. */
  colorLevel: 0 | 1 | 2 | 3;
  /** Running in GitHub Actions: no output line may start with `::`. */
  githubActions: boolean;
}

/** A reporter: a pure function from a scan result to the report's text. */
export type Reporter = (result: ScanResult, options: ReportOptions) => string;
