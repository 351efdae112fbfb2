// CloudFormation templates, YAML and JSON (AWS CloudFormation User Guide, "Template reference").

import type { Diagnostic } from '../../model/diagnostic.js';
import type { Collector, CollectorInput, CollectorOutcome } from '../collector.js';
import { isTemplate, mightBeTemplate } from './detect.js';
import { BudgetExceeded, DEFAULT_BUDGET } from './evaluate.js';
import { parseDocuments } from './parse.js';
import type { Report } from './plan.js';
import { readTemplate } from './template.js';

/** A document's unit: its path without the extension, so stacks in different files keep distinct ids. */
function unitOf(file: string): string {
  const slash = file.lastIndexOf('/');
  const dot = file.lastIndexOf('.');
  return dot > slash + 1 ? file.slice(0, dot) : file;
}

function collectTemplate(input: CollectorInput): CollectorOutcome {
  const parsed = parseDocuments(input.file, input.text);
  if (!parsed.ok)
    return { status: 'skipped', reason: parsed.diagnostic.code, diagnostics: [parsed.diagnostic] };
  const [template, ...others] = parsed.value;
  if (!parsed.value.some(isTemplate)) return { status: 'not-applicable' };
  const diagnostics: Diagnostic[] = [...parsed.warnings];
  const report: Report = (code, message, line, level = 'error') => {
    const diagnostic: Diagnostic = { code, level, message, file: input.file };
    if (line !== undefined) diagnostic.line = line;
    diagnostics.push(diagnostic);
  };
  const lineOf = (container: object, key: string | number) => parsed.lines.lineOf(container, key);
  if (others.length > 0) {
    report('invalid-template', 'a template must be a single YAML document', undefined);
    return { status: 'skipped', reason: 'invalid-template', diagnostics };
  }
  const budget = { remaining: DEFAULT_BUDGET };
  try {
    const resources = readTemplate(template as Record<string, unknown>, {
      file: input.file,
      lineOf,
      report,
      budget,
    });
    if (resources === undefined) return { status: 'skipped', reason: 'invalid-template', diagnostics };
    const document = { format: 'cloudformation', file: input.file, unit: unitOf(input.file), resources };
    return { status: 'analysed', document, diagnostics };
  } catch (error) {
    if (!(error instanceof BudgetExceeded)) throw error;
    report('alias-limit', `evaluating the template took more than ${DEFAULT_BUDGET} steps`, undefined);
    return { status: 'skipped', reason: 'alias-limit', diagnostics };
  }
}

export const cloudformation: Collector = {
  id: 'cloudformation',
  title: 'CloudFormation template',
  extensions: ['.json', '.template', '.yaml', '.yml'],
  detectText: mightBeTemplate,
  detectValue: isTemplate,
  collect: collectTemplate,
};
