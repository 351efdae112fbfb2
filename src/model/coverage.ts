/**
 * Every discovered input is accounted for: analysed, not applicable (not a
 * format spof reads), excluded on purpose, or skipped because it could not be read.
 */
export type CoverageStatus = 'analysed' | 'not-applicable' | 'excluded' | 'skipped';

export interface CoverageEntry {
  file: string;
  status: CoverageStatus;
  /** The collector that read it, e.g. `cloudformation`. */
  format?: string;
  /** Why it was not analysed. Required unless status is `analysed`. */
  reason?: string;
}
