import { expect } from 'vitest';
import type { CollectorOutcome } from '../../../src/collectors/collector.js';
import { kubernetes } from '../../../src/collectors/kubernetes/index.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import type { DocumentFacts, ResourceFact } from '../../../src/model/facts.js';

/** Runs the Kubernetes collector on manifests given as text. */
export function collectText(text: string, file = 'k8s/app.yaml'): CollectorOutcome {
  return kubernetes.collect({ file, text });
}

/** The document of manifests that must be analysed. */
export function documentOf(
  text: string,
  file = 'k8s/app.yaml',
): { document: DocumentFacts; diagnostics: Diagnostic[] } {
  const outcome = collectText(text, file);
  if (outcome.status !== 'analysed') throw new Error(`expected analysed manifests, got ${outcome.status}`);
  return outcome;
}

export function factOf(document: DocumentFacts, id: string): ResourceFact {
  const fact = document.resources.find((candidate) => candidate.id === id);
  expect(fact, `fact ${id}; have ${document.resources.map((r) => r.id).join(', ')}`).toBeDefined();
  return fact as ResourceFact;
}

/** `id@line` of every fact, in order. */
export function idsAndLines(document: DocumentFacts): string[] {
  return document.resources.map((fact) => `${fact.id}@${fact.location.line}`);
}

/** Diagnostics reduced to what tests assert on: code, level and line. */
export function codes(diagnostics: readonly Diagnostic[]): { code: string; level: string; line?: number }[] {
  return diagnostics.map(({ code, level, line }) =>
    line === undefined ? { code, level } : { code, level, line },
  );
}

/** 1-based numbers of the lines matching `pattern`, as `grep -n` prints them. */
export function grepLines(text: string, pattern: RegExp): number[] {
  return text.split('\n').flatMap((line, index) => (pattern.test(line) ? [index + 1] : []));
}
