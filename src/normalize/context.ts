import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentFacts, ResourceFact } from '../model/facts.js';
import { RefValue, type Value } from '../model/value.js';
import { RedundancyReader } from './scalars.js';
import { asString, get } from './values.js';
import { zoneKey, zoneKeys } from './zones.js';

/** What a mapper may know about the document around the resource it maps. */
export class MapContext {
  readonly redundancy: RedundancyReader;
  private readonly byId = new Map<string, ResourceFact>();

  constructor(
    readonly document: DocumentFacts,
    /** Canonical region key of the document. */
    readonly region: string,
    diagnostics: Diagnostic[],
  ) {
    this.redundancy = new RedundancyReader(diagnostics);
    for (const fact of document.resources) this.byId.set(fact.id, fact);
  }

  resource(id: string): ResourceFact | undefined {
    return this.byId.get(id);
  }

  /** The resource `value` points at (`!Ref X`, `!GetAtt X.Y`) when it has one of `types`. */
  referenced(value: Value | undefined, types: readonly string[]): ResourceFact | undefined {
    if (!(value instanceof RefValue)) return undefined;
    const fact = this.byId.get(value.target);
    return fact !== undefined && types.includes(fact.type) ? fact : undefined;
  }

  /**
   * The resource `value` designates, by reference or by the literal name it was
   * given in `nameProperty` (`DBSubnetGroupName: orders-db-subnets`).
   */
  designated(
    value: Value | undefined,
    types: readonly string[],
    nameProperty: string,
  ): ResourceFact | undefined {
    const byRef = this.referenced(value, types);
    if (byRef !== undefined) return byRef;
    const name = asString(value)?.toLowerCase();
    if (name === undefined) return undefined;
    return this.document.resources.find(
      (fact) =>
        types.includes(fact.type) && asString(get(fact.properties, nameProperty))?.toLowerCase() === name,
    );
  }

  ofType(types: readonly string[]): ResourceFact[] {
    return this.document.resources.filter((fact) => types.includes(fact.type));
  }

  zone(value: Value | undefined): string | undefined {
    return zoneKey(value, this.region);
  }

  zones(value: Value | undefined): string[] {
    return zoneKeys(value, this.region);
  }
}
