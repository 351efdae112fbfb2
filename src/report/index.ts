import { consoleReport } from './console/index.js';
import { jsonReport } from './json/index.js';
import { sarifReport } from './sarif/index.js';
import type { Reporter } from './types.js';

export { JSON_SCHEMA_VERSION } from './json/index.js';
export type { Reporter, ReportOptions } from './types.js';

/** Every report format, sorted by name. Adding one is one file and one line here. */
export const REPORTERS = {
  console: consoleReport,
  json: jsonReport,
  sarif: sarifReport,
} as const satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof REPORTERS;

export const REPORT_FORMATS = Object.keys(REPORTERS) as ReportFormat[];

export function isReportFormat(name: string): name is ReportFormat {
  return Object.hasOwn(REPORTERS, name);
}
