// Kubernetes manifests, YAML streams and JSON (Kubernetes API reference, "Objects"; `kubectl apply -f`).

import type { Diagnostic } from '../../model/diagnostic.js';
import type { ResourceFact } from '../../model/facts.js';
import type { Collector, CollectorInput, CollectorOutcome } from '../collector.js';
import { isManifest, looksLikeBrokenManifest, mightBeManifest } from './detect.js';
import { readObject } from './fact.js';
import { flattenDocuments } from './flatten.js';
import { parseManifests } from './parse.js';
import { templateActionLine, unrenderedTemplateLine } from './unrendered.js';

const RENDER_HINT = 'run `helm template` (or `kustomize build`) and scan its output';

function unrendered(file: string, line: number): CollectorOutcome {
  const diagnostic: Diagnostic = {
    code: 'unrendered-template',
    level: 'error',
    message: `this is a Helm template, not a manifest: ${RENDER_HINT}`,
    file,
    line,
  };
  return { status: 'skipped', reason: 'unrendered-template', diagnostics: [diagnostic] };
}

function collectManifests(input: CollectorInput): CollectorOutcome {
  const { file, text } = input;
  // Before parsing: a template's `{{ }}` may not even be YAML.
  const helmLine = unrenderedTemplateLine(text);
  if (helmLine !== undefined) return unrendered(file, helmLine);
  const parsed = parseManifests(file, text);
  if (!parsed.ok) {
    const actionLine = templateActionLine(text);
    if (actionLine !== undefined && /^\s*kind\s*:/m.test(text)) return unrendered(file, actionLine);
    return { status: 'skipped', reason: parsed.diagnostic.code, diagnostics: [parsed.diagnostic] };
  }
  const entries = flattenDocuments(parsed.value, parsed.lines);
  const readings = entries.map((entry) => ({
    entry,
    reading: readObject(entry.value, file, entry.line ?? 1, entry.list),
  }));
  const applicable = readings.some(
    ({ entry, reading }) => reading.ok || looksLikeBrokenManifest(entry.value),
  );
  if (!applicable) return { status: 'not-applicable' };
  const diagnostics: Diagnostic[] = [...parsed.warnings];
  const resources: ResourceFact[] = [];
  for (const { entry, reading } of readings) {
    if (reading.ok) {
      resources.push(reading.fact);
      continue;
    }
    const message =
      reading.missing === 'a map'
        ? 'this document is not a Kubernetes object (not a map); it is left out'
        : `this object has no ${reading.missing}; it is left out`;
    diagnostics.push({ code: 'invalid-manifest', level: 'error', message, file, line: entry.line ?? 1 });
  }
  return { status: 'analysed', document: { format: 'kubernetes', file, unit: file, resources }, diagnostics };
}

export const kubernetes: Collector = {
  id: 'kubernetes',
  title: 'Kubernetes manifest',
  extensions: ['.json', '.yaml', '.yml'],
  detectText: mightBeManifest,
  detectValue: isManifest,
  collect: collectManifests,
};
