import { isReportFormat, type ReportFormat } from '../report/index.js';
import { UsageError } from './io.js';

/** One requested report: a format and where it goes (undefined: stdout). */
export interface ReportRequest {
  format: ReportFormat;
  output?: string;
}

/** `--format` and `--output` as they appeared on the command line, in order. */
export type ReportFlag = { flag: 'format' | 'output'; value: string };

/**
 * Pairs each `--output` with the `--format` just before it; a format with no
 * output goes to stdout. At most one report may go to stdout; when none does,
 * the console report goes there, so a terminal user always sees the result.
 */
export function pairReports(flags: readonly ReportFlag[]): ReportRequest[] {
  const requests: ReportRequest[] = [];
  for (const { flag, value } of flags) {
    if (flag === 'format') {
      if (!isReportFormat(value)) throw new UsageError(`unknown report format ${JSON.stringify(value)}`);
      requests.push({ format: value });
      continue;
    }
    const last = requests.at(-1);
    if (last === undefined || last.output !== undefined) {
      throw new UsageError(`--output ${value} needs a --format before it`);
    }
    last.output = value;
  }
  const outputs = requests.flatMap((request) => (request.output === undefined ? [] : [request.output]));
  const repeated = outputs.find((output, index) => outputs.indexOf(output) !== index);
  if (repeated !== undefined) throw new UsageError(`two reports would be written to ${repeated}`);
  const toStdout = requests.filter((request) => request.output === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(
      `only one report can go to stdout; give --output for all but one of: ${toStdout.map((r) => r.format).join(', ')}`,
    );
  }
  if (toStdout.length === 0) requests.unshift({ format: 'console' });
  return requests;
}
