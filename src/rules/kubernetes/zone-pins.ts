import type { Component } from '../../model/component.js';
import { zoneLabel } from '../../model/domains.js';
import type { ModelIndex } from '../model-index.js';
import { targetsByRole } from './relations.js';

/** Access modes that attach a volume to one node at a time, hence one zone. */
const SINGLE_NODE_MODES = new Set(['ReadWriteOnce', 'ReadWriteOncePod']);

/** PersistentVolumeClaims the workload mounts that attach to one node (ReadWriteOnce). */
export function singleNodeClaims(index: ModelIndex, workload: Component): Component[] {
  return targetsByRole(index, workload, 'k8s.persistent-volume-claim', 'volume').filter((claim) =>
    (claim.attributes.accessModes ?? []).some((mode) => SINGLE_NODE_MODES.has(mode)),
  );
}

/**
 * What keeps every replica of a workload in one zone, in words, or undefined:
 * a nodeSelector or required node affinity naming one zone, or a
 * ReadWriteOnce claim they all mount (StatefulSet claim templates are a
 * volume per replica and are not relations, so they pin nothing).
 */
export function oneZonePin(index: ModelIndex, workload: Component): string | undefined {
  const pinned = workload.attributes.pinnedZones ?? [];
  if (pinned.length === 1 && pinned[0] !== undefined) {
    const zone = pinned[0];
    return `its node selection names only ${zone.includes('/') ? zoneLabel(zone) : zone}`;
  }
  const claims = singleNodeClaims(index, workload);
  const [claim] = claims;
  if (claim) return `every replica mounts the ReadWriteOnce claim ${claim.name}, which attaches to one node`;
  return undefined;
}
