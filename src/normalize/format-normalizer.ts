import type { Component } from '../model/component.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentFacts } from '../model/facts.js';
import type { Policy } from '../model/policy.js';

/** What one format's normalizer makes of all the documents of that format in a scan. */
export interface FormatNormalized {
  components: Component[];
  diagnostics: Diagnostic[];
}

/**
 * Maps every document of one format into canonical components. It sees all of
 * them at once: Kubernetes selectors and compose service names reach across files.
 */
export type FormatNormalizer = (documents: DocumentFacts[], policy: Policy) => FormatNormalized;
