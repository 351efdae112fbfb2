import type { Diagnostic } from '../../model/diagnostic.js';
import type { Finding } from '../../model/finding.js';
import type { SourceLocation } from '../../model/location.js';

/** Location with a fixed key order. */
export function locationJson(location: SourceLocation): SourceLocation {
  const out: SourceLocation = { file: location.file, line: location.line };
  if (location.column !== undefined) out.column = location.column;
  return out;
}

/** A finding exactly as the Finding type, keys in its declared order. */
export function findingJson(finding: Finding): Finding {
  const out: Finding = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    category: finding.category,
    title: finding.title,
    message: finding.message,
    node: { id: finding.node.id, kind: finding.node.kind, type: finding.node.type, name: finding.node.name },
    locations: finding.locations.map(locationJson),
    entries: [...finding.entries],
    path: [...finding.path],
    fingerprint: finding.fingerprint,
  };
  if (finding.suppression !== undefined) {
    out.suppression = { reason: finding.suppression.reason, expires: finding.suppression.expires };
  }
  return out;
}

export function diagnosticJson(diagnostic: Diagnostic): Diagnostic {
  const out: Diagnostic = { code: diagnostic.code, level: diagnostic.level, message: diagnostic.message };
  if (diagnostic.file !== undefined) out.file = diagnostic.file;
  if (diagnostic.line !== undefined) out.line = diagnostic.line;
  if (diagnostic.column !== undefined) out.column = diagnostic.column;
  return out;
}
