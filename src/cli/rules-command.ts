import { resolve } from 'node:path';
import type { RuleMeta } from '../model/rule.js';
import { escapeText } from '../report/shared/escape.js';
import { loadRules } from '../rules/index.js';
import { formatDiagnostic } from './diagnostics.js';
import type { CliIo } from './io.js';

function table(rules: readonly RuleMeta[]): string {
  const rows = [...rules]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((rule) => [rule.id, rule.severity, rule.category, rule.title].map(escapeText));
  const header = ['id', 'severity', 'category', 'title'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const format = (row: string[]) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[header, ...rows].map(format).join('\n')}\n`;
}

/** `spof rules`: the loaded rules as a table; a bad rule file is exit 2. */
export async function runRulesList(ruleDirs: string[], io: CliIo): Promise<0 | 2> {
  const loaded = await loadRules(ruleDirs.map((dir) => resolve(io.cwd, dir)));
  for (const diagnostic of loaded.diagnostics) io.stderr(formatDiagnostic(diagnostic));
  io.stdout(table(loaded.rules));
  return loaded.diagnostics.some((d) => d.level === 'error') ? 2 : 0;
}
