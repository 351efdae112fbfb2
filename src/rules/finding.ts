import { createHash } from 'node:crypto';
import type { Component } from '../model/component.js';
import type { Finding, Severity } from '../model/finding.js';
import { compareLocations, type SourceLocation } from '../model/location.js';
import type { RuleMeta } from '../model/rule.js';
import { indexModel } from './model-index.js';
import { fillTemplate } from './template.js';
import type { CheckReport, RuleContext } from './types.js';

/** Stable across edits: rule id and node id, never lines. */
export function fingerprint(ruleId: string, nodeId: string): string {
  return createHash('sha256').update(`${ruleId}\0${nodeId}`).digest('hex').slice(0, 16);
}

function describeNode(
  ctx: RuleContext,
  nodeId: string,
): { node: Finding['node']; locations: SourceLocation[] } {
  const index = indexModel(ctx.model);
  const attributes = ctx.graph.hasNode(nodeId) ? ctx.graph.getNodeAttributes(nodeId) : undefined;
  const component: Component | undefined = index.byId.get(attributes?.componentId ?? nodeId);
  if (!attributes && !component)
    throw new Error(`reported node ${nodeId} is neither in the graph nor the model`);
  // Graph-only component nodes (a DNS name over several records) have a kind but no model component.
  const componentKind = component?.kind ?? attributes?.componentKind;
  const kind =
    attributes && attributes.kind !== 'component' ? attributes.kind : (componentKind ?? 'component');
  const type = component
    ? component.nativeType
    : attributes?.kind === 'domain'
      ? (attributes.domainKind ?? 'domain')
      : attributes?.kind === 'entry'
        ? 'entry'
        : (componentKind ?? attributes?.kind ?? 'component');
  const name = component?.name ?? attributes?.label ?? nodeId;
  const ownLocations =
    attributes?.kind === 'component' || !attributes ? (component?.locations ?? []) : attributes.locations;
  const locations =
    ownLocations.length > 0 ? ownLocations : (attributes?.locations ?? component?.locations ?? []);
  return { node: { id: nodeId, kind, type, name }, locations };
}

export function sortLocations(locations: SourceLocation[]): SourceLocation[] {
  const seen = new Set<string>();
  return [...locations].sort(compareLocations).filter((location) => {
    const key = `${location.file}\0${location.line}\0${location.column ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One finding from one report. Severity: an explicit `spof.yml` override of the
 * rule wins (the user said so), else the report's (derived from `survive`),
 * else the rule's. Throws on an unknown node or an
 * unfilled placeholder: both are bugs the caller turns into a diagnostic.
 */
export function toFinding(
  rule: RuleMeta,
  report: CheckReport,
  ctx: RuleContext,
  policySeverity: Severity | undefined,
): Finding {
  const { text, missing } = fillTemplate(rule.message, report.data);
  if (missing.length > 0) throw new Error(`message placeholders not filled: ${missing.join(', ')}`);
  const { node, locations } = describeNode(ctx, report.node);
  return {
    ruleId: rule.id,
    severity: policySeverity ?? report.severity ?? rule.severity,
    category: rule.category,
    title: rule.title,
    message: asSentence(text),
    node,
    locations: sortLocations(report.locations ?? locations),
    entries: [...new Set(report.entries ?? [])].sort(),
    path: [...(report.path ?? [])],
    fingerprint: fingerprint(rule.id, node.id),
  };
}

/** A message is a sentence even when it opens with a lower-case kind title (`compose service web ...`). */
function asSentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** Error first, then rule id, then node id. */
export function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  if (bySeverity !== 0) return bySeverity;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0;
}
