import { DEFAULT_SCHEMA, type Schema, Type } from 'js-yaml';

const MERGE_TAG = 'tag:yaml.org,2002:merge';

/** What js-yaml keeps on schemas and types at run time; @types/js-yaml does not declare all of it. */
interface TypeInternals {
  tag: string;
  kind: 'scalar' | 'sequence' | 'mapping' | null;
  multi: boolean;
  resolve(data: unknown, tag?: string): boolean;
  construct(data: unknown, tag?: string): unknown;
}

function typesOf(schema: Schema, list: 'implicit' | 'explicit'): readonly TypeInternals[] {
  return (schema as unknown as Record<typeof list, TypeInternals[] | undefined>)[list] ?? [];
}

const MERGE = typesOf(DEFAULT_SCHEMA, 'implicit').find((type) => type.tag === MERGE_TAG) as Type | undefined;
const prepared = new WeakMap<Schema, Schema>();
const rawData = new WeakMap<object, object>();

/**
 * The caller's schema made fit for reading: `<<` merge keys added when it
 * lacks them (js-yaml 4 merges only in DEFAULT_SCHEMA; a schema built on
 * CORE_SCHEMA would read `<<` as a plain key and drop the merged settings),
 * and every tag on a collection wrapped so the collection it was built from
 * stays known (see rawCollectionOf), for the lines of its items.
 */
export function prepareSchema(schema: Schema): Schema {
  let result = prepared.get(schema);
  if (result !== undefined) return result;
  result = schema;
  if (MERGE !== undefined && !typesOf(schema, 'implicit').some((type) => type.tag === MERGE_TAG)) {
    result = result.extend({ implicit: [MERGE] });
  }
  const collectionTags = typesOf(schema, 'explicit').filter(
    (type) => type.kind === 'sequence' || type.kind === 'mapping',
  );
  if (collectionTags.length > 0) result = result.extend(collectionTags.map(rememberingRawData));
  prepared.set(schema, result);
  return result;
}

/** The sequence or mapping a custom tag's value was constructed from, when the tag returned a different object. */
export function rawCollectionOf(value: object): object | undefined {
  return rawData.get(value);
}

function rememberingRawData(type: TypeInternals): Type {
  const kind = type.kind as 'sequence' | 'mapping';
  return new Type(type.tag, {
    kind,
    multi: type.multi,
    resolve: (data: unknown, tag?: string) => type.resolve(data, tag),
    construct: (data: unknown, tag?: string) => {
      const value = type.construct(data, tag);
      if (
        typeof value === 'object' &&
        value !== null &&
        value !== data &&
        typeof data === 'object' &&
        data !== null
      ) {
        rawData.set(value, data);
      }
      return value;
    },
  });
}
