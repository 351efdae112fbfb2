import type { Component } from '../model/component.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { EntryPoint } from '../model/entry.js';
import { nodeIds } from '../model/graph.js';
import type { SourceLocation } from '../model/location.js';
import type { EntryDeclaration, Policy } from '../model/policy.js';
import type { DnsName } from './dns-names.js';
import type { GraphBuilder } from './graph-builder.js';
import { inferEntries } from './infer-entries.js';
import type { ModelIndex } from './model-index.js';

/** An entry to place: its name, the nodes it requires, and where it came from. */
export interface EntryTarget {
  name: string;
  nodes: string[];
  locations: SourceLocation[];
  survive: EntryPoint['survive'];
  source: EntryPoint['source'];
}

/** The node answering for a component: a record's name node when it shares its name, else the component. */
function nodeFor(component: Component, names: readonly DnsName[]): string {
  const name = names.find((candidate) => candidate.records.includes(component));
  return name?.node ?? nodeIds.component(component.id);
}

/**
 * Components a declaration names: by canonical id, else by logical name, else
 * by the id without its kind (`shop/frontend-external`, `blog/db`), which
 * tells apart objects of one name in two namespaces or compose projects.
 */
function candidates(target: string, index: ModelIndex): readonly Component[] {
  const byId = index.get(target);
  if (byId) return [byId];
  const named = index.named(target);
  if (named.length > 0) return named;
  return index.components().filter((component) => component.id.endsWith(`:${target}`));
}

function resolve(declaration: EntryDeclaration, index: ModelIndex): Component | string {
  const named = candidates(declaration.target, index);
  const [only, ...others] = named;
  if (!only)
    return `entry ${declaration.name}: no component has the id or logical name ${declaration.target}`;
  if (others.length > 0) {
    return `entry ${declaration.name}: ${named.length} components have the logical name ${declaration.target}; use a canonical id (${named.map((c) => c.id).join(', ')})`;
  }
  return only;
}

function configError(message: string, declaration: EntryDeclaration, policy: Policy): Diagnostic {
  const file = declaration.location?.file ?? policy.file;
  return {
    code: 'config-error',
    level: 'error',
    message,
    ...(file !== undefined ? { file } : {}),
    ...(declaration.location ? { line: declaration.location.line } : {}),
  };
}

function declaredEntries(
  index: ModelIndex,
  names: readonly DnsName[],
  policy: Policy,
  diagnostics: Diagnostic[],
): EntryTarget[] {
  const targets: EntryTarget[] = [];
  const seen = new Set<string>();
  for (const declaration of policy.entries) {
    if (seen.has(declaration.name)) {
      diagnostics.push(
        configError(`entry ${declaration.name} is declared more than once`, declaration, policy),
      );
      continue;
    }
    const resolved = resolve(declaration, index);
    if (typeof resolved === 'string') {
      diagnostics.push(configError(resolved, declaration, policy));
      continue;
    }
    seen.add(declaration.name);
    targets.push({
      name: declaration.name,
      nodes: [nodeFor(resolved, names)],
      locations: declaration.location ? [declaration.location] : resolved.locations,
      survive: [...(declaration.survive ?? policy.survive)],
      source: 'declared',
    });
  }
  return targets;
}

/**
 * Entry nodes (`entry:<name>`, gate `all`) from `spof.yml`, or inferred when
 * the policy declares none and allows inference. Sorted by name.
 */
export function addEntries(
  builder: GraphBuilder,
  index: ModelIndex,
  names: readonly DnsName[],
  policy: Policy,
): { entries: EntryPoint[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const targets =
    policy.entries.length > 0 || !policy.inferEntries
      ? declaredEntries(index, names, policy, diagnostics)
      : inferEntries(builder, index, names, policy.survive);
  targets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const entries: EntryPoint[] = [];
  for (const target of targets) {
    const node = nodeIds.entry(target.name);
    builder.addNode(node, {
      kind: 'entry',
      gate: { type: 'all' },
      label: target.name,
      locations: target.locations,
    });
    for (const required of target.nodes) builder.addEdge(node, required, 'entry', target.locations);
    entries.push({ node, name: target.name, survive: target.survive, source: target.source });
  }
  return { entries, diagnostics };
}
