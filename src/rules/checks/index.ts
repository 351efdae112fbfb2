import type { Check } from '../types.js';
import { attributePredicate } from './attribute-predicate.js';
import { capacityBelow } from './capacity-below.js';
import { composeSingleHost } from './compose-single-host.js';
import { cutSetMember } from './cut-set-member.js';
import { databaseSingleInstance } from './database-single-instance.js';
import { databaseSingleZone } from './database-single-zone.js';
import { disruptionBudgetBlocksEviction } from './disruption-budget-blocks-eviction.js';
import { imageNotPinned } from './image-not-pinned.js';
import { missingDisruptionBudget } from './missing-disruption-budget.js';
import { natServesSeveralZones } from './nat-serves-several-zones.js';
import { replicasBelow } from './replicas-below.js';
import { replicasPinnedToOneZone } from './replicas-pinned-to-one-zone.js';
import { replicasWithoutZoneGuarantee } from './replicas-without-zone-guarantee.js';
import { replicationSameRegion } from './replication-same-region.js';
import { serviceBackendWithoutReadiness } from './service-backend-without-readiness.js';
import { sharedDomain } from './shared-domain.js';
import { singleReplicaLocalState } from './single-replica-local-state.js';
import { standaloneInstance } from './standalone-instance.js';
import { updateTakesAllReplicas } from './update-takes-all-replicas.js';
import { wafFailModeUndeclared } from './waf-fail-mode.js';

/** Every check by name, in name order. Adding a check is one file and one line here. */
export const CHECKS: ReadonlyMap<string, Check> = new Map(
  [
    attributePredicate,
    capacityBelow,
    composeSingleHost,
    cutSetMember,
    databaseSingleInstance,
    databaseSingleZone,
    disruptionBudgetBlocksEviction,
    imageNotPinned,
    missingDisruptionBudget,
    natServesSeveralZones,
    replicasBelow,
    replicasPinnedToOneZone,
    replicasWithoutZoneGuarantee,
    replicationSameRegion,
    serviceBackendWithoutReadiness,
    sharedDomain,
    singleReplicaLocalState,
    standaloneInstance,
    updateTakesAllReplicas,
    wafFailModeUndeclared,
  ]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((check) => [check.name, check]),
);
