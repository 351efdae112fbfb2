import { COMPONENT_KINDS, type ComponentKind, isComponentKind } from '../../model/kinds.js';
import type { OptionReader } from '../options.js';

/** A list of canonical component kinds, each checked against the vocabulary. */
export function readKinds(reader: OptionReader, key: string, required: boolean): ComponentKind[] {
  return (reader.stringList(key, required, Object.keys(COMPONENT_KINDS)) ?? []).filter(isComponentKind);
}

export function kindTitle(kind: ComponentKind): string {
  return COMPONENT_KINDS[kind].title;
}
