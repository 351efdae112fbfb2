/**
 * Canonical keys of failure domains. A zone key names its region, so a zone
 * can always be placed: `us-east-1/us-east-1a`, or `deployment-region/#0` for
 * zone #0 of a region the input does not name (a CloudFormation template is
 * deployed wherever its stack is created).
 */
export const UNKNOWN_REGION = 'deployment-region';

/**
 * Where a Kubernetes cluster or a Docker host runs when the input does not say:
 * manifests and compose files name no cloud, so no vendor is assumed above it.
 */
export const UNKNOWN_HOSTING = 'unknown-hosting';

export function regionKey(name: string | undefined): string {
  return name ?? UNKNOWN_REGION;
}

/** Region of a spelled zone name: `us-east-1a` → `us-east-1`, `use1-az1` stays unknown. */
export function regionOfZoneName(zone: string): string | undefined {
  const match = /^([a-z]{2}(?:-gov)?-[a-z]+-\d+)[a-z]$/.exec(zone);
  return match?.[1];
}

export function zoneKeyByName(zone: string, region?: string): string {
  return `${region ?? regionOfZoneName(zone) ?? UNKNOWN_REGION}/${zone}`;
}

export function zoneKeyByIndex(index: number, region?: string): string {
  return `${regionKey(region)}/#${index}`;
}

/** The region part of a zone key. */
export function regionOfZoneKey(zoneKey: string): string {
  const slash = zoneKey.indexOf('/');
  return slash < 0 ? UNKNOWN_REGION : zoneKey.slice(0, slash);
}

/** Human label: `us-east-1a`, or `zone #0 of the deployment region`. */
export function zoneLabel(zoneKey: string): string {
  const region = regionOfZoneKey(zoneKey);
  const zone = zoneKey.slice(region.length + 1);
  if (!zone.startsWith('#')) return zone;
  return region === UNKNOWN_REGION ? `zone ${zone} of the deployment region` : `zone ${zone} of ${region}`;
}

export function regionLabel(region: string): string {
  if (region === UNKNOWN_HOSTING) return 'the region the cluster or host runs in';
  return region === UNKNOWN_REGION ? 'the deployment region' : region;
}

/**
 * Zone key for "every zone of the region" (`!GetAZs ''` used as a list, e.g. an
 * Auto Scaling group's AvailabilityZones): `us-east-1/*`. Semantics reads it as
 * at least two distinct zones whose names are unknown.
 */
export function allZonesKey(region?: string): string {
  return `${regionKey(region)}/*`;
}

export function isAllZonesKey(zoneKey: string): boolean {
  return zoneKey.endsWith('/*');
}
