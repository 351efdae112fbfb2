import { CORE_SCHEMA, type Schema, Type } from 'js-yaml';

/**
 * Compose's YAML: the core schema (no timestamps, `yes` stays a string as
 * compose-go reads it), `<<` merges (added by the reading layer), and the two
 * tags of the Compose specification's merge rules: `!reset` drops what an
 * earlier file set (read as null, which the merge treats as "unset") and
 * `!override` replaces it (the value itself: later files win per key anyway).
 */
export const COMPOSE_SCHEMA: Schema = CORE_SCHEMA.extend({
  explicit: (['scalar', 'sequence', 'mapping'] as const).flatMap((kind) => [
    new Type('!reset', { kind, construct: () => null }),
    new Type('!override', { kind, construct: (data: unknown) => data }),
  ]),
});
