import type { CoverageEntry } from '../model/coverage.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { CollectResult, DocumentFacts } from '../model/facts.js';
import type { CollectorInput, CollectorOutcome, FolderCollector } from './collector.js';
import { discoverFiles, readText } from './read/index.js';
import { COLLECTORS, collectedExtensions, collectorsFor, folderCollectorFor } from './registry.js';
import { withUniqueUnits } from './units.js';

interface FileOutcome {
  outcome: CollectorOutcome;
  format?: string;
}

/**
 * Offers one file to every collector that reads its extension, in registry
 * order; the first that recognises it reads it. A collector that throws is a
 * bug: the file is skipped with an internal error, the others go on.
 */
function collectFile(file: string, text: string): FileOutcome {
  for (const collector of collectorsFor(file)) {
    if (!collector.detectText(text)) continue;
    let outcome: CollectorOutcome;
    try {
      outcome = collector.collect({ file, text });
    } catch {
      const diagnostic: Diagnostic = {
        code: 'internal-error',
        level: 'error',
        message: `the ${collector.id} collector failed on this file`,
        file,
      };
      return { outcome: { status: 'skipped', reason: 'internal-error', diagnostics: [diagnostic] } };
    }
    if (outcome.status !== 'not-applicable') return { outcome, format: collector.id };
  }
  return { outcome: { status: 'not-applicable' } };
}

/** `a CloudFormation template, docker compose file or Kubernetes manifest`. */
function formatList(): string {
  const titles = COLLECTORS.map((collector) => collector.title);
  const last = titles.pop();
  return titles.length === 0 ? `a ${last}` : `a ${titles.join(', ')} or ${last}`;
}

function coverageOf(file: string, { outcome, format }: FileOutcome): CoverageEntry {
  if (outcome.status === 'analysed') return { file, status: 'analysed', format: format as string };
  if (outcome.status === 'skipped')
    return { file, status: 'skipped', format: format as string, reason: outcome.reason };
  return { file, status: 'not-applicable', reason: `not recognised as ${formatList()}` };
}

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Files of formats whose unit is a folder (a Terraform module), grouped by collector and folder. */
class FolderGroups {
  private readonly groups = new Map<
    string,
    { collector: FolderCollector; folder: string; files: CollectorInput[] }
  >();

  add(collector: FolderCollector, file: string, text: string): void {
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
    const key = `${collector.id}\u0000${folder}`;
    const group = this.groups.get(key) ?? { collector, folder, files: [] };
    group.files.push({ file, text });
    this.groups.set(key, group);
  }

  sorted() {
    return [...this.groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, group]) => group);
  }
}

/** One folder through its collector; a collector that throws is a bug, reported on every file of the folder. */
async function collectFolder(collector: FolderCollector, folder: string, files: CollectorInput[]) {
  try {
    return await collector.collectFolder(folder, files);
  } catch {
    return {
      document: undefined,
      coverage: files.map(
        ({ file }): CoverageEntry => ({ file, status: 'skipped', reason: 'internal-error' }),
      ),
      diagnostics: files.map(
        ({ file }): Diagnostic => ({
          code: 'internal-error',
          level: 'error',
          message: `the ${collector.id} collector failed on this folder`,
          file,
        }),
      ),
    };
  }
}

/**
 * Discovers the files under `paths` and reads each with the collector that
 * recognises it. Every discovered file ends in coverage exactly once; problems
 * are diagnostics, never exceptions. Output is sorted, so it does not depend
 * on discovery order.
 */
export async function collect(paths: string[], options: { root: string }): Promise<CollectResult> {
  const discovered = await discoverFiles(paths, options.root, { extensions: collectedExtensions() });
  const documents: DocumentFacts[] = [];
  const coverage: CoverageEntry[] = [...discovered.coverage];
  const diagnostics: Diagnostic[] = [...discovered.diagnostics];
  if (discovered.files.length === 0) {
    diagnostics.push({
      code: 'no-inputs',
      level: 'error',
      message: 'no file that spof reads was found in the given paths',
    });
  }
  const folders = new FolderGroups();
  for (const file of discovered.files) {
    const read = await readText(file);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      coverage.push({ file: file.relative, status: 'skipped', reason: read.diagnostic.code });
      continue;
    }
    const folderCollector = folderCollectorFor(file.relative);
    if (folderCollector !== undefined) {
      folders.add(folderCollector, file.relative, read.text);
      continue;
    }
    const result = collectFile(file.relative, read.text);
    coverage.push(coverageOf(file.relative, result));
    if (result.outcome.status === 'not-applicable') continue;
    diagnostics.push(...result.outcome.diagnostics);
    if (result.outcome.status === 'analysed') documents.push(result.outcome.document);
  }
  for (const { collector, folder, files } of folders.sorted()) {
    const outcome = await collectFolder(collector, folder, files);
    coverage.push(...outcome.coverage);
    diagnostics.push(...outcome.diagnostics);
    if (outcome.document !== undefined) documents.push(outcome.document);
  }
  return {
    documents: withUniqueUnits(documents.sort(byFile)),
    coverage: coverage.sort(byFile),
    diagnostics: diagnostics.sort(compareDiagnostics),
  };
}
