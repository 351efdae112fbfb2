// Facts → canonical model: every format's resources in one vocabulary (design.md, "Normalizers").
import type { CanonicalModel } from '../model/component.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
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
