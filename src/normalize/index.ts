// Facts → canonical model: every format's resources in one vocabulary (design.md, "Normalizers").
import type { CanonicalModel } from '../model/component.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentFacts } from '../model/facts.js';
import type { Policy } from '../model/policy.js';
import { normalizeCloudFormation } from './cloudformation.js';
import { normalizeCompose } from './compose/index.js';
import type { FormatNormalizer } from './format-normalizer.js';
import { normalizeKubernetes } from './kubernetes/index.js';
import { normalizeTerraform } from './terraform/index.js';

/** One normalizer per collector format, sorted by format id. */
const NORMALIZERS: ReadonlyMap<string, FormatNormalizer> = new Map([
  ['cloudformation', normalizeCloudFormation],
  ['compose', normalizeCompose],
  ['kubernetes', normalizeKubernetes],
  ['terraform', normalizeTerraform],
]);

/** By file, line and code; the message last, so equal diagnostics of one line keep one order. */
function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const keyA = [a.file ?? '', String(a.line ?? 0).padStart(9, '0'), a.code, a.message].join('\u0000');
  const keyB = [b.file ?? '', String(b.line ?? 0).padStart(9, '0'), b.code, b.message].join('\u0000');
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

/** Normalizes what the collectors produced into the canonical model, components sorted by id. */
export function normalize(
  documents: DocumentFacts[],
  policy: Policy,
): { model: CanonicalModel; diagnostics: Diagnostic[] } {
  const components = [];
  const diagnostics: Diagnostic[] = [];
  for (const [format, normalizer] of NORMALIZERS) {
    const ofFormat = documents.filter((document) => document.format === format);
    if (ofFormat.length === 0) continue;
    const normalized = normalizer(ofFormat, policy);
    components.push(...normalized.components);
    diagnostics.push(...normalized.diagnostics);
  }
  for (const document of documents) {
    if (!NORMALIZERS.has(document.format)) throw new Error(`no normalizer for format ${document.format}`);
  }
  components.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { model: { components }, diagnostics: diagnostics.sort(compareDiagnostics) };
}
