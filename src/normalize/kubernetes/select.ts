import type { Diagnostic } from '../../model/diagnostic.js';
import type { MappedIndex } from './index-of.js';
import type { Mapped } from './mapped.js';
import { WORKLOAD_KINDS } from './objects.js';
import { type LabelSelector, matches } from './selector.js';

/** Workloads by namespace and by `namespace, label, value`, so a selector only tests likely candidates. */
class WorkloadLabels {
  private readonly byNamespace = new Map<string, Mapped[]>();
  private readonly byLabel = new Map<string, Mapped[]>();

  constructor(workloads: readonly Mapped[]) {
    for (const workload of workloads) {
      const namespace = workload.object.namespace ?? '';
      push(this.byNamespace, namespace, workload);
      const labels = workload.component.attributes.labels ?? {};
      for (const key of Object.keys(labels))
        push(this.byLabel, labelKey(namespace, key, labels[key] as string), workload);
    }
  }

  /** Workloads of the namespace that carry every pair of the selector, and meet its other requirements. */
  selected(namespace: string, selector: LabelSelector): Mapped[] {
    let candidates = this.byNamespace.get(namespace) ?? [];
    for (const key of Object.keys(selector.equalities)) {
      const bucket = this.byLabel.get(labelKey(namespace, key, selector.equalities[key] as string)) ?? [];
      if (bucket.length < candidates.length) candidates = bucket;
    }
    return candidates.filter((workload) => matches(selector, workload.component.attributes.labels ?? {}));
  }
}

function labelKey(namespace: string, key: string, value: string): string {
  return `${namespace}\u0000${key}\u0000${value}`;
}

function push(map: Map<string, Mapped[]>, key: string, value: Mapped): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Services `select` and PodDisruptionBudgets `protect` the workloads of their
 * namespace whose pod labels match. A workload whose controller is in the
 * scan (a Pod of a ReplicaSet, a ReplicaSet of a Deployment) is stood for by
 * that controller, so pods are not counted twice. A selector that matches
 * nothing is an `unmatched-selector` warning: traffic or protection goes nowhere.
 */
export function matchSelectors(index: MappedIndex, diagnostics: Diagnostic[]): void {
  const workloads = new WorkloadLabels(
    index.all.filter((mapped) => WORKLOAD_KINDS.has(mapped.object.kind) && !index.ownedInScan(mapped.object)),
  );
  for (const mapped of index.all) {
    if (mapped.selector === undefined) continue;
    const { role, selector } = mapped.selector;
    const { object, component } = mapped;
    const selected = workloads.selected(object.namespace ?? '', selector);
    for (const workload of selected) {
      component.relations.push({ role, target: workload.component.id, location: object.fact.location });
    }
    if (selected.length > 0) continue;
    diagnostics.push({
      code: 'unmatched-selector',
      level: 'warning',
      message: `the selector of ${object.kind} ${object.name} matches no workload in namespace ${object.namespace ?? 'default'}`,
      file: object.fact.location.file,
      line: object.fact.location.line,
    });
  }
}
