import type { CoverageEntry } from './coverage.js';
import type { Diagnostic } from './diagnostic.js';
import type { SourceLocation } from './location.js';
import type { ValueMap } from './value.js';

/**
 * One resource as a collector read it: syntax and location, no meaning.
 * `properties` is resolved as far as the collector could (see value.ts).
 */
export interface ResourceFact {
  /** The collector's format id, e.g. `cloudformation`. */
  format: string;
  /** Identifier unique within its document (CloudFormation logical id). */
  id: string;
  /** Native type, e.g. `AWS::RDS::DBInstance`. */
  type: string;
  properties: ValueMap;
  /** Ids of resources of the same document this one explicitly depends on. */
  dependsOn: string[];
  /** Where the resource is declared (its key's line). */
  location: SourceLocation;
  /**
   * Present when the resource exists only under a condition the collector could
   * not decide. Resources whose condition is known false are not emitted.
   */
  condition?: string;
  /** Region the document is deployed to, when the input says so. */
  region?: string;
}

/** What one collector produced from one document. */
export interface DocumentFacts {
  format: string;
  file: string;
  /** A name for the deployment unit (stack, module), used to keep ids unique. */
  unit: string;
  resources: ResourceFact[];
}

/** What the collectors produced for a whole scan. */
export interface CollectResult {
  documents: DocumentFacts[];
  coverage: CoverageEntry[];
  diagnostics: Diagnostic[];
}
