import type { Location, PhysicalLocation } from 'sarif';
import type { SourceLocation } from '../../model/location.js';

export const SRCROOT = '%SRCROOT%';

/** Repo-relative POSIX path as a URI reference: each segment percent-encoded. */
export function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

export function physicalLocation(location: SourceLocation): PhysicalLocation {
  const region: PhysicalLocation['region'] = { startLine: Math.max(1, location.line) };
  if (location.column !== undefined && region !== undefined)
    region.startColumn = Math.max(1, location.column);
  return { artifactLocation: { uri: relativeUri(location.file), uriBaseId: SRCROOT }, region };
}

export function sarifLocation(location: SourceLocation): Location {
  return { physicalLocation: physicalLocation(location) };
}
