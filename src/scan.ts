import { analyse } from './analysis/index.js';
import type { AnalysisResult, EntryResult } from './analysis/types.js';
import { collect } from './collectors/index.js';
import { applyGate } from './gate/index.js';
import type { CanonicalModel } from './model/component.js';
import type { CoverageEntry } from './model/coverage.js';
import type { Diagnostic } from './model/diagnostic.js';
import type { Finding } from './model/finding.js';
import type { SpofGraph } from './model/graph.js';
import type { Policy } from './model/policy.js';
import type { RuleMeta } from './model/rule.js';
import { normalize } from './normalize/index.js';
import { loadRules, runRules } from './rules/index.js';
import { buildGraph } from './semantics/index.js';
import { VERSION } from './version.js';

export interface ScanOptions {
  /** Files or folders to scan. */
  paths: string[];
  /** Folder that report paths are relative to (the repository root). */
  root: string;
  policy: Policy;
  /** Extra rule folders (`--rules DIR`), after the built-in `rules/`. */
  ruleDirs: string[];
  /** Today's date (YYYY-MM-DD), for suppression expiry; injected so output is deterministic in tests. */
  today: string;
}

/** Everything reporters need. Reporters are pure functions of this. */
export interface ScanResult {
  tool: { name: 'spof'; version: string };
  root: string;
  /** False when any input could not be read or understood (an `error` diagnostic). */
  complete: boolean;
  coverage: CoverageEntry[];
  diagnostics: Diagnostic[];
  entries: EntryResult[];
  findings: Finding[];
  rules: RuleMeta[];
  model: CanonicalModel;
  graph: SpofGraph;
  analysis: AnalysisResult;
  policy: Policy;
}

/** The whole pipeline (design.md): collect → normalize → semantics → analysis → rules → gate. Never prints, never exits. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const { policy } = options;
  const collected = await collect(options.paths, { root: options.root });
  const normalized = normalize(collected.documents, policy);
  const built = buildGraph(normalized.model, policy);
  const analysis = analyse(built.graph, built.entries);
  const loaded = await loadRules(options.ruleDirs);
  const ran = runRules(loaded.rules, {
    model: normalized.model,
    graph: built.graph,
    entries: built.entries,
    analysis,
    policy,
  });
  const gated = applyGate(ran.findings, policy, options.today);
  const diagnostics = [
    ...collected.diagnostics,
    ...normalized.diagnostics,
    ...built.diagnostics,
    ...loaded.diagnostics,
    ...ran.diagnostics,
    ...gated.diagnostics,
  ];
  return {
    tool: { name: 'spof', version: VERSION },
    root: options.root,
    complete: !diagnostics.some((d) => d.level === 'error'),
    coverage: collected.coverage,
    diagnostics,
    entries: analysis.entries,
    findings: gated.findings,
    rules: loaded.rules,
    model: normalized.model,
    graph: built.graph,
    analysis,
    policy,
  };
}
