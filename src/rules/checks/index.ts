import type { Check } from '../types.js';
import { attributePredicate } from './attribute-predicate.js';
import { capacityBelow } from './capacity-below.js';
import { cutSetMember } from './cut-set-member.js';
import { databaseSingleInstance } from './database-single-instance.js';
import { databaseSingleZone } from './database-single-zone.js';
import { natServesSeveralZones } from './nat-serves-several-zones.js';
import { replicationSameRegion } from './replication-same-region.js';
import { sharedDomain } from './shared-domain.js';
import { standaloneInstance } from './standalone-instance.js';
import { wafFailModeUndeclared } from './waf-fail-mode.js';

/** Every check by name, in name order. Adding a check is one file and one line here. */
export const CHECKS: ReadonlyMap<string, Check> = new Map(
  [
    attributePredicate,
    capacityBelow,
    cutSetMember,
    databaseSingleInstance,
    databaseSingleZone,
    natServesSeveralZones,
    replicationSameRegion,
    sharedDomain,
    standaloneInstance,
    wafFailModeUndeclared,
  ]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((check) => [check.name, check]),
);
