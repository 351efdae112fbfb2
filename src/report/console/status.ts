import type { Diagnostic } from '../../model/diagnostic.js';
import type { ScanResult } from '../../scan.js';
import { nodeLabel } from '../shared/nodes.js';
import { sortDiagnostics } from '../shared/order.js';
import type { ReportSummary } from '../shared/summary.js';
import type { EntryVerdict } from '../shared/verdicts.js';
import type { ConsoleStyle } from './style.js';

// The JSON report lists every cut; the terminal names the ones closest to the entry.
const MAX_CUTS_SHOWN = 5;

export function entrySection(result: ScanResult, verdicts: EntryVerdict[], style: ConsoleStyle): string[] {
  if (verdicts.length === 0) return [style.bold('Entries'), '  none declared or inferred', ''];
  const lines = [style.bold('Entries')];
  for (const verdict of verdicts) {
    const { entry } = verdict.result;
    const name = style.input(entry.name);
    const must = entry.survive.join(', ');
    if (verdict.survives) {
      lines.push(`  ${style.good('✓')} ${name} survives ${must} failures (${entry.source})`);
      continue;
    }
    const fatal = verdict.cuts
      .filter((cut) => cut.mustSurvive && cut.reported)
      .sort((a, b) => a.path.length - b.path.length || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
    const shown = fatal
      .slice(0, MAX_CUTS_SHOWN)
      .map((cut) => `${style.input(nodeLabel(result.graph, cut.node))} (${cut.class})`);
    if (fatal.length > MAX_CUTS_SHOWN) shown.push(`and ${fatal.length - MAX_CUTS_SHOWN} more`);
    const reasons =
      fatal.length === 0 ? [] : [`${plural(fatal.length, 'single point')} of failure: ${shown.join(', ')}`];
    if (!verdict.result.upWithNoFailure) reasons.unshift('it is down even with nothing failed');
    lines.push(
      `  ${style.bad('✗')} ${name} does not survive ${must} failures (${entry.source}): ${reasons.join('; ')}`,
    );
  }
  lines.push('');
  return lines;
}

export function coverageSection(result: ScanResult, summary: ReportSummary, style: ConsoleStyle): string[] {
  const c = summary.coverage;
  const lines = [
    style.bold('Coverage'),
    `  ${c.analysed} analysed, ${c['not-applicable']} not applicable, ${c.excluded} excluded, ${c.skipped} skipped`,
  ];
  const unread = [...result.coverage]
    .filter((entry) => entry.status === 'skipped' || entry.status === 'excluded')
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const entry of unread) {
    lines.push(
      `  ${entry.status.padEnd(8)} ${style.input(entry.file)}: ${style.input(entry.reason ?? 'no reason given')}`,
    );
  }
  lines.push('');
  return lines;
}

function diagnosticLine(diagnostic: Diagnostic, style: ConsoleStyle): string {
  const where =
    diagnostic.file === undefined
      ? ''
      : `${style.input(diagnostic.file)}${diagnostic.line === undefined ? '' : `:${diagnostic.line}`} `;
  return `  ${style.level(diagnostic.level, diagnostic.level.padEnd(7))} ${diagnostic.code}  ${where}${style.input(diagnostic.message)}`;
}

export function diagnosticSection(diagnostics: readonly Diagnostic[], style: ConsoleStyle): string[] {
  if (diagnostics.length === 0) return [];
  return [
    style.bold('Diagnostics'),
    ...sortDiagnostics(diagnostics).map((d) => diagnosticLine(d, style)),
    '',
  ];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function summaryLine(result: ScanResult, summary: ReportSummary, style: ConsoleStyle): string {
  const f = summary.findings;
  const parts = [
    `${plural(f.error, 'error')}, ${plural(f.warning, 'warning')}, ${plural(f.note, 'note')}`,
    `${summary.suppressed} suppressed`,
    `${summary.entries.down} of ${summary.entries.total} entries down`,
  ];
  const status = result.complete
    ? style.good('scan complete')
    : style.bad('scan INCOMPLETE: some input was not read');
  return `${parts.join('; ')}; ${status}`;
}
