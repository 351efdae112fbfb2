import { compose } from '../../../src/collectors/compose/index.js';
import type { Component } from '../../../src/model/component.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import type { DocumentFacts } from '../../../src/model/facts.js';
import { defaultPolicy } from '../../../src/model/policy.js';
import { normalizeCompose } from '../../../src/normalize/compose/index.js';

/** What the compose collector and normalizer make of some files. */
export interface Normalized {
  components: Component[];
  /** Collector and normalizer diagnostics together. */
  diagnostics: Diagnostic[];
  component(id: string): Component;
}

/** Collects each file with the compose collector (every one must be analysed) and normalizes them together. */
export function normalizeFiles(files: Record<string, string>): Normalized {
  const documents: DocumentFacts[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [file, text] of Object.entries(files)) {
    const outcome = compose.collect({ file, text });
    if (outcome.status !== 'analysed') throw new Error(`${file}: ${JSON.stringify(outcome)}`);
    documents.push(outcome.document);
    diagnostics.push(...outcome.diagnostics);
  }
  const normalized = normalizeCompose(documents, defaultPolicy());
  diagnostics.push(...normalized.diagnostics);
  const component = (id: string) => {
    const found = normalized.components.find((each) => each.id === id);
    if (found === undefined)
      throw new Error(`no ${id} among ${normalized.components.map((c) => c.id).join(', ')}`);
    return found;
  };
  return { components: normalized.components, diagnostics, component };
}

/** Relations of a component as `role->target@line`. */
export function relationsOf(component: Component): string[] {
  return component.relations.map(
    (relation) => `${relation.role}->${relation.target}@${relation.location.line}`,
  );
}

/** 1-based line of the first line of `text` containing `needle` (or equal to it when `exact`), as `grep -n` gives it. */
export function lineOf(text: string, needle: string, exact = false): number {
  const lines = text.split('\n');
  const index = exact ? lines.indexOf(needle) : lines.findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`no line with ${needle}`);
  return index + 1;
}
