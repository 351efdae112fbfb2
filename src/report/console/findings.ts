import type { Finding } from '../../model/finding.js';
import type { SpofGraph } from '../../model/graph.js';
import { nodeLabel } from '../shared/nodes.js';
import { SEVERITIES, sortFindings } from '../shared/order.js';
import type { ConsoleStyle } from './style.js';

const NO_ENTRY = '';

function findingLines(graph: SpofGraph, finding: Finding, style: ConsoleStyle): string[] {
  const lines = [
    `  ${style.level(finding.severity, finding.severity.padEnd(7))} ${style.bold(finding.ruleId)}  ${style.input(finding.message)}`,
  ];
  for (const location of finding.locations) {
    lines.push(`          ${style.dim('at')} ${style.input(`${location.file}:${location.line}`)}`);
  }
  if (finding.path.length > 0) {
    const labels = finding.path.map((id) => style.input(nodeLabel(graph, id)));
    lines.push(`          ${style.dim('path')} ${labels.join(' → ')}`);
  }
  if (finding.entries.length > 1) {
    const names = finding.entries.map((id) => style.input(nodeLabel(graph, id)));
    lines.push(`          ${style.dim('entries')} ${names.join(', ')}`);
  }
  return lines;
}

/**
 * Unsuppressed findings grouped by entry (a finding concerning several entries
 * sits under the first), then by severity; findings tied to no entry come last.
 */
export function findingSections(
  graph: SpofGraph,
  findings: readonly Finding[],
  style: ConsoleStyle,
): string[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of sortFindings(findings.filter((f) => f.suppression === undefined))) {
    const key = [...finding.entries].sort()[0] ?? NO_ENTRY;
    const group = groups.get(key) ?? [];
    group.push(finding);
    groups.set(key, group);
  }
  const keys = [...groups.keys()].filter((k) => k !== NO_ENTRY).sort();
  if (groups.has(NO_ENTRY)) keys.push(NO_ENTRY);
  const lines: string[] = [];
  for (const key of keys) {
    const heading = key === NO_ENTRY ? 'Not tied to an entry' : `Entry ${style.input(nodeLabel(graph, key))}`;
    lines.push(style.bold(heading));
    const group = groups.get(key) ?? [];
    for (const severity of SEVERITIES) {
      for (const finding of group.filter((f) => f.severity === severity))
        lines.push(...findingLines(graph, finding, style));
    }
    lines.push('');
  }
  return lines;
}

export function suppressedSection(findings: readonly Finding[], style: ConsoleStyle): string[] {
  const suppressed = sortFindings(findings.filter((f) => f.suppression !== undefined));
  if (suppressed.length === 0) return [];
  const lines = [style.bold(`Suppressed (${suppressed.length})`)];
  for (const finding of suppressed) {
    const why = `${finding.suppression?.reason ?? ''} (until ${finding.suppression?.expires ?? ''})`;
    lines.push(`  ${style.dim(`${finding.ruleId} on ${style.input(finding.node.id)}: ${style.input(why)}`)}`);
  }
  lines.push('');
  return lines;
}
