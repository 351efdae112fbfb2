import type { ComponentKind } from '../../model/kinds.js';
import { indexModel } from '../model-index.js';
import { OptionReader } from '../options.js';
import {
  ATTRIBUTE_NAMES,
  type AttributeName,
  formatAttribute,
  isAttributeName,
  matches,
  type Predicate,
  parsePredicate,
} from '../predicate.js';
import { type CheckReport, defineCheck } from '../types.js';
import { kindTitle, readKinds } from './kinds-option.js';

/** One alternative: components of these kinds whose attributes satisfy `where`. */
interface Case {
  kinds: ComponentKind[];
  where: Predicate;
}

interface Options {
  cases: Case[];
  /** Every attribute a message may show: those `where` tests and those `show` lists. */
  shown: AttributeName[];
}

/**
 * Components matching any case of `match` (OR of cases; AND within `where`;
 * see predicate.ts for the operators):
 *
 *     match:
 *       - kinds: [aws.rds.instance]
 *         where: { multiAz: { not: true } }
 *
 * Data: `name`, `kind`, every attribute any `where` names, and the attributes
 * listed in `show` (`not set` when unset).
 */
export const attributePredicate = defineCheck<Options>({
  name: 'attribute-predicate',
  summary: 'components of given kinds whose canonical attributes satisfy a predicate',
  parse(raw, issues) {
    const reader = new OptionReader(raw, issues);
    const cases = reader.mapList('match', true).map((item): Case => {
      const kinds = readKinds(item, 'kinds', true);
      const whereReader = item.map('where', false);
      const where = whereReader ? parsePredicate(whereReader) : [];
      whereReader?.done();
      item.done();
      return { kinds, where };
    });
    const show = (reader.stringList('show', false, ATTRIBUTE_NAMES) ?? []).filter(isAttributeName);
    reader.done();
    const tested = cases.flatMap((c) => c.where.map((condition) => condition.attribute));
    return { cases, shown: [...new Set([...tested, ...show])].sort() };
  },
  dataKeys: ({ shown }) => ['kind', 'name', ...shown],
  detect(ctx, { cases, shown }) {
    const index = indexModel(ctx.model);
    const reports = new Map<string, CheckReport>();
    for (const { kinds, where } of cases) {
      for (const kind of kinds) {
        for (const component of index.byKind(kind)) {
          if (reports.has(component.id) || !matches(component.attributes, where)) continue;
          const data: Record<string, string | number> = {
            kind: kindTitle(component.kind),
            name: component.name,
          };
          for (const attribute of shown) data[attribute] = formatAttribute(component.attributes[attribute]);
          reports.set(component.id, { node: component.id, data });
        }
      }
    }
    return [...reports.values()].sort((a, b) => (a.node < b.node ? -1 : 1));
  },
});
