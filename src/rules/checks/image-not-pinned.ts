import type { ComponentKind } from '../../model/kinds.js';
import { imagePin } from '../kubernetes/image-ref.js';
import { byNode } from '../kubernetes/workloads.js';
import { indexModel } from '../model-index.js';
import { OptionReader } from '../options.js';
import { type CheckReport, defineCheck } from '../types.js';
import { kindTitle, readKinds } from './kinds-option.js';

/**
 * Components of the given kinds running an image with no tag or the
 * `latest` tag: the next push changes what every replica runs on its next
 * restart, so replicas drift apart and a rollback has nothing to return to.
 * A fixed tag passes; a digest is the only immutable pin.
 */
export const imageNotPinned = defineCheck<{ kinds: ComponentKind[] }>({
  name: 'image-not-pinned',
  summary: 'a workload running an image with no tag or the latest tag',
  parse(raw, issues) {
    const reader = new OptionReader(raw, issues);
    const kinds = readKinds(reader, 'kinds', true);
    reader.done();
    return { kinds };
  },
  dataKeys: () => ['images', 'kind', 'name'],
  detect(ctx, { kinds }) {
    const index = indexModel(ctx.model);
    const reports: CheckReport[] = [];
    for (const kind of kinds) {
      for (const component of index.byKind(kind)) {
        const floating = [...new Set(component.attributes.images ?? [])].sort().flatMap((image) => {
          const pin = imagePin(image);
          if (pin === 'none') return [`${image} (no tag, so latest)`];
          return pin === 'latest' ? [image] : [];
        });
        if (floating.length === 0) continue;
        reports.push({
          node: component.id,
          data: { images: floating.join(', '), kind: kindTitle(component.kind), name: component.name },
        });
      }
    }
    return reports.sort(byNode);
  },
});
