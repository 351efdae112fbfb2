import type { ComponentKind } from '../../model/kinds.js';
import { offEveryEntryPath } from '../kubernetes/entry-reach.js';
import { byNode, lowestReplicas, replicasReason } from '../kubernetes/workloads.js';
import { indexModel } from '../model-index.js';
import { OptionReader } from '../options.js';
import { matches, type Predicate, parsePredicate } from '../predicate.js';
import { type CheckReport, defineCheck } from '../types.js';
import { kindTitle, readKinds } from './kinds-option.js';

interface Options {
  kinds: ComponentKind[];
  minimum: number;
  /** Only components whose attributes satisfy this (predicate.ts), e.g. `holdsState`. */
  where: Predicate;
  /** Report components no entry needs as notes (when the scan has entries). */
  offPathNotes: boolean;
}

/**
 * Kubernetes workloads and compose services that may run fewer than
 * `minimum` copies: an HPA's minReplicas when one targets them, else the
 * replicas asked for (omitted means 1). See kubernetes/workloads.ts.
 */
export const replicasBelow = defineCheck<Options>({
  name: 'replicas-below',
  summary: 'a workload or compose service that may run fewer copies than a minimum',
  parse(raw, issues) {
    const reader = new OptionReader(raw, issues);
    const kinds = readKinds(reader, 'kinds', true);
    const minimum = reader.number('minimum', true) ?? 2;
    const whereReader = reader.map('where', false);
    const where = whereReader ? parsePredicate(whereReader) : [];
    whereReader?.done();
    const offPathNotes = reader.boolean('offPathNotes', false) ?? false;
    reader.done();
    return { kinds, minimum, where, offPathNotes };
  },
  dataKeys: () => ['kind', 'minimum', 'name', 'reason', 'replicas'],
  detect(ctx, options) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const kind of options.kinds) {
      for (const component of index.byKind(kind)) {
        const replicas = lowestReplicas(component);
        if (replicas >= options.minimum || !matches(component.attributes, options.where)) continue;
        const quiet = options.offPathNotes && offEveryEntryPath(ctx, component.id);
        reports.push({
          node: component.id,
          data: {
            kind: kindTitle(component.kind),
            minimum: options.minimum,
            name: component.name,
            reason: replicasReason(component),
            replicas,
          },
          ...(quiet ? { severity: 'note' as const } : {}),
        });
      }
    }
    return reports.sort(byNode);
  },
});
