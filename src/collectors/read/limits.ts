/** How much of one file readText accepts. */
export interface ReadLimits {
  /** Largest file read, in bytes. */
  maxBytes: number;
}

/** Bounds that keep a hostile or broken input from exhausting the stack, memory or time. */
export interface ParseLimits {
  /** Deepest nesting of collections (maps, sequences, arrays, objects). */
  maxDepth: number;
  /** Most value visits in a walk of the parsed tree, a shared (aliased) node counted every time it is reached. */
  maxNodes: number;
}

// CloudFormation's own template limit is 1 MB; 5 MiB leaves room for other formats.
export const DEFAULT_LIMITS: ReadLimits = Object.freeze({ maxBytes: 5 * 1024 * 1024 });

// One million visits stopped a 342-byte alias bomb in 15 ms (reliability.md).
export const DEFAULT_PARSE_LIMITS: ParseLimits = Object.freeze({ maxDepth: 100, maxNodes: 1_000_000 });

/** Fills unset parse limits with the defaults. */
export function resolveParseLimits(limits: Partial<ParseLimits> | undefined): ParseLimits {
  return {
    maxDepth: limits?.maxDepth ?? DEFAULT_PARSE_LIMITS.maxDepth,
    maxNodes: limits?.maxNodes ?? DEFAULT_PARSE_LIMITS.maxNodes,
  };
}
