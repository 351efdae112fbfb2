import type { Component } from '../../model/component.js';
import { dependenciesOf } from '../dependencies.js';
import type { KindSemantics, Placement } from '../shape.js';
import { lowest, requirementsOf } from './common.js';

/*
 * docker-compose: every service of a project runs on one Docker host, in one
 * zone no input names, so the host is a single point of failure of every
 * service and `restart: always` does not change that. A service is `any` over
 * its `deploy.replicas` containers, all on that host, each needing what the
 * service depends on and calls. A named volume is a directory on the same
 * host: it fails with the host, so nothing requires it (relation-rules.ts).
 * Services that call each other stand or fall together (call-cycles.ts).
 */

/** More containers than this on one host add no failure that fewer do not show. */
const MAX_CONTAINERS = 32;

/** The project's Docker host, `host:compose/<project>`, in a zone of its own. */
export function dockerHost(component: Component): Extract<Placement, { domain: 'host' }> {
  const project = component.cluster ?? component.name;
  return {
    domain: 'host',
    host: `compose/${project}`,
    hostLabel: `the Docker host of ${project}`,
    zone: `${component.region}/#unknown-${project}`,
    zoneLabel: `the zone of the Docker host of ${project}`,
    sharedHost: true,
  };
}

const service: KindSemantics = (component, context) => {
  const count = Math.min(lowest(component.attributes.count), MAX_CONTAINERS);
  const host = dockerHost(component);
  return {
    type: 'replicas',
    gate: { type: 'any' },
    placements: Array.from({ length: count }, () => host),
    shared: requirementsOf(context.callCycles.copyDependencies(component)),
  };
};

const volume: KindSemantics = (component, context) => ({
  type: 'single',
  placement: dockerHost(component),
  requires: requirementsOf(dependenciesOf(component, context.index)),
});

/** docker-compose kinds and what they become. */
export const composeSemantics = {
  'compose.service': service,
  'compose.volume': volume,
} satisfies Record<string, KindSemantics>;
