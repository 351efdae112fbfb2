import { pathToFileURL } from 'node:url';
import type { Invocation, Log, Notification } from 'sarif';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { ScanResult } from '../../scan.js';
import { sortDiagnostics, sortFindings } from '../shared/order.js';
import { coverageCounts } from '../shared/summary.js';
import type { Reporter } from '../types.js';
import { SRCROOT, sarifLocation } from './locations.js';
import { sarifResult } from './results.js';
import { ruleDescriptor } from './rules.js';

const INFORMATION_URI = 'https://github.com/spof-dev/spof';

function notification(diagnostic: Diagnostic): Notification {
  const out: Notification = {
    level: diagnostic.level === 'error' ? 'error' : 'warning',
    message: { text: diagnostic.message },
    descriptor: { id: diagnostic.code },
  };
  if (diagnostic.file !== undefined) {
    const location = sarifLocation({ file: diagnostic.file, line: diagnostic.line ?? 1 });
    if (diagnostic.line === undefined) delete location.physicalLocation?.region;
    out.locations = [location];
  }
  return out;
}

/** The root folder as a file URI ending in `/`, as SARIF requires of a base. */
function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** SARIF 2.1.0 for GitHub code scanning: always one run, even when the scan failed. */
export const sarifReport: Reporter = (result: ScanResult) => {
  const rules = [...result.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const invocation: Invocation = {
    executionSuccessful: result.complete,
    toolExecutionNotifications: sortDiagnostics(result.diagnostics)
      .filter((d) => d.level === 'error' || d.level === 'warning')
      .map(notification),
  };
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'spof',
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: INFORMATION_URI,
            rules: rules.map((rule) => ruleDescriptor(rule, result.policy)),
          },
        },
        invocations: [invocation],
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri(result.root) } },
        results: sortFindings(result.findings).map((f) =>
          sarifResult(result.graph, f, ruleIndex.get(f.ruleId)),
        ),
        columnKind: 'unicodeCodePoints',
        properties: { complete: result.complete, coverage: coverageCounts(result.coverage) },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
