import type { Component } from '../../model/component.js';
import type { Dependency } from '../dependencies.js';
import { dependenciesOf } from '../dependencies.js';
import type { KindSemantics } from '../shape.js';
import { global, requirementsOf } from './common.js';

/*
 * CloudFront is global: it needs the provider, not a zone or region, and its
 * origins. An origin group fails over between its members: `any` over them.
 * Origins outside the group (other cache behaviours) are all needed.
 */

const GROUP_ROLE = /origin-?group|failover/i;
const ORIGIN_ROLE = /origin/i;

/**
 * The origin group's members: targets of relations marked as members (a
 * member is usually also an `origin`), else every origin when the input only
 * says that failover is on.
 */
function originGroup(component: Component, dependencies: readonly Dependency[]): Dependency[] {
  const marked = new Set(
    component.relations
      .filter((relation) => GROUP_ROLE.test(relation.role))
      .map((relation) => relation.target),
  );
  if (marked.size > 0) return dependencies.filter((dependency) => marked.has(dependency.component.id));
  if (component.attributes.originFailover !== true) return [];
  return dependencies.filter((dependency) => ORIGIN_ROLE.test(dependency.role));
}

const distribution: KindSemantics = (component, context) => {
  const dependencies = dependenciesOf(component, context.index);
  const group = originGroup(component, dependencies);
  if (group.length < 2) return global(component, context);
  const others = dependencies.filter((dependency) => !group.includes(dependency));
  return {
    type: 'members',
    gate: { type: 'any' },
    members: requirementsOf(group),
    shared: requirementsOf(others),
    placement: { domain: 'provider' },
  };
};

/** Edge kinds and what they become. */
export const edgeSemantics = {
  'aws.cloudfront.distribution': distribution,
} satisfies Record<string, KindSemantics>;
