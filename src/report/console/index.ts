import { guardWorkflowCommands } from '../shared/escape.js';
import { summarize } from '../shared/summary.js';
import { entryVerdicts } from '../shared/verdicts.js';
import type { Reporter } from '../types.js';
import { findingSections, suppressedSection } from './findings.js';
import { coverageSection, diagnosticSection, entrySection, summaryLine } from './status.js';
import { consoleStyle } from './style.js';

/** The terminal report: findings by entry and severity, entries, coverage, diagnostics, one summary line. */
export const consoleReport: Reporter = (result, options) => {
  const style = consoleStyle(options.colorLevel);
  const verdicts = entryVerdicts(result);
  const summary = summarize(result, verdicts);
  const lines = [
    ...findingSections(result.graph, result.findings, style),
    ...suppressedSection(result.findings, style),
    ...entrySection(result, verdicts, style),
    ...coverageSection(result, summary, style),
    ...diagnosticSection(result.diagnostics, style),
    summaryLine(result, summary, style),
  ];
  const text = `${lines.join('\n')}\n`;
  return options.githubActions ? guardWorkflowCommands(text) : text;
};
