// Terraform modules in HCL native syntax (Terraform language docs, "Files and Directories"): one folder is one module.

import type { CoverageEntry } from '../../model/coverage.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { ResourceFact } from '../../model/facts.js';
import { compareLocations } from '../../model/location.js';
import type { Value } from '../../model/value.js';
import type { CollectorInput, FolderCollector, FolderOutcome } from '../collector.js';
import { ModuleContext, type Report } from './context.js';
import { addFile, emptyDeclarations } from './declarations.js';
import { scanHeaders } from './headers.js';
import { jsonHeaders, parseJsonSyntax } from './json-syntax.js';
import { parseHcl } from './parse.js';
import { resourceFacts } from './resources.js';

const nameOf = (file: string) => file.slice(file.lastIndexOf('/') + 1);
const byFile = (a: CollectorInput, b: CollectorInput) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Variable files Terraform loads by itself, in its order: `terraform.tfvars`, then `*.auto.tfvars` by name. */
function isAutoVars(file: string): boolean {
  const name = nameOf(file);
  return name === 'terraform.tfvars' || name.endsWith('.auto.tfvars');
}

async function readVars(
  files: CollectorInput[],
  report: (d: Diagnostic) => void,
): Promise<Map<string, Value>> {
  const ordered = [...files].sort((a, b) => (nameOf(a.file) === 'terraform.tfvars' ? -1 : 0) || byFile(a, b));
  const values = new Map<string, Value>();
  const literals = new ModuleContext(emptyDeclarations(), new Map(), () => undefined);
  for (const input of ordered) {
    const parsed = await parseHcl(input.file, input.text);
    if (!parsed.ok) {
      report(parsed.diagnostic);
      continue;
    }
    const body = parsed.body as Record<string, unknown>;
    for (const [name, raw] of Object.entries(body))
      values.set(name, literals.evaluateRaw(raw, literals.scope({ file: input.file, line: 1 })));
  }
  return values;
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, Diagnostic>();
  for (const d of diagnostics) seen.set(`${d.file}\u0000${d.line}\u0000${d.code}\u0000${d.message}`, d);
  return [...seen.values()].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.code.localeCompare(b.code),
  );
}

async function collectFolder(folder: string, inputs: readonly CollectorInput[]): Promise<FolderOutcome> {
  const files = [...inputs].sort(byFile);
  const diagnostics: Diagnostic[] = [];
  const coverage: CoverageEntry[] = [];
  const declarations = emptyDeclarations();
  const sources = files.filter((input) => input.file.endsWith('.tf') || input.file.endsWith('.tf.json'));
  for (const input of sources) {
    const json = input.file.endsWith('.json');
    const parsed = json ? parseJsonSyntax(input.file, input.text) : await parseHcl(input.file, input.text);
    if (!parsed.ok) {
      diagnostics.push(parsed.diagnostic);
      coverage.push({ file: input.file, status: 'skipped', format: 'terraform', reason: 'parse-error' });
      continue;
    }
    addFile(declarations, input.file, parsed.body, json ? jsonHeaders(input.text) : scanHeaders(input.text));
    coverage.push({ file: input.file, status: 'analysed', format: 'terraform' });
  }
  const autoVars = files.filter((input) => input.file.endsWith('.tfvars') && isAutoVars(input.file));
  const tfvars = await readVars(autoVars, (d) => diagnostics.push(d));
  for (const input of files) {
    if (sources.includes(input)) continue;
    if (autoVars.includes(input))
      coverage.push({ file: input.file, status: 'analysed', format: 'terraform' });
    else
      coverage.push({
        file: input.file,
        status: 'not-applicable',
        reason: 'variable file not loaded automatically',
      });
  }
  const report: Report = (code, level, message, site) =>
    diagnostics.push({ code, level, message, file: site.file, line: site.line });
  for (const block of declarations.duplicates)
    report('duplicate-object', 'error', 'this block is declared twice in the module', block);
  // Modules are not followed yet: their resources are input the scan did not read, so it is incomplete.
  for (const [name, block] of declarations.modules)
    report(
      'unsupported-resource',
      'error',
      `module ${name} is not expanded: its resources are missing`,
      block,
    );
  const context = new ModuleContext(declarations, tfvars, report);
  const resources: ResourceFact[] = [];
  const byKey = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);
  for (const [address, block] of [...declarations.resources].sort(byKey))
    resources.push(...resourceFacts(context, address, block));
  // Locals no resource uses are still checked for undeclared references.
  for (const name of [...declarations.locals.keys()].sort()) context.local(name);
  resources.sort(
    (a, b) => compareLocations(a.location, b.location) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const first = sources.find((input) =>
    coverage.some((entry) => entry.file === input.file && entry.status === 'analysed'),
  );
  const outcome: FolderOutcome = {
    coverage: coverage.sort((a, b) => (a.file < b.file ? -1 : 1)),
    diagnostics: dedupe(diagnostics),
  };
  if (first !== undefined)
    outcome.document = { format: 'terraform', file: first.file, unit: folder, resources };
  return outcome;
}

/** The Terraform collector: one module folder at a time. */
export const terraform: FolderCollector = {
  id: 'terraform',
  title: 'Terraform module',
  extensions: ['.tf', '.tf.json', '.tfvars'],
  collectFolder,
};
