import type { Component, ComponentAttributes, Relation } from '../../model/component.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { UNKNOWN_HOSTING } from '../../model/domains.js';
import type { ResourceFact } from '../../model/facts.js';
import { tidyRelations } from '../link.js';
import type { RedundancyReader } from '../scalars.js';
import { asString, stringList } from '../values.js';
import { callsOf } from './calls.js';
import { isDataStoreImage } from './data-stores.js';
import { dependenciesOf } from './dependencies.js';
import { extendsAnotherFile } from './extends.js';
import { type Merged, type MergedProject, setting } from './merge.js';
import { volumeMounts } from './mounts.js';
import { publishesPorts } from './ports.js';

/** What building one service needs from around it. */
export interface ServiceContext {
  project: MergedProject;
  addresses: ReadonlyMap<string, string>;
  redundancy: RedundancyReader;
  diagnostics: Diagnostic[];
}

export const serviceId = (project: string, service: string) => `compose.service:${project}/${service}`;
export const volumeId = (project: string, volume: string) => `compose.volume:${project}/${volume}`;

function error(
  context: ServiceContext,
  code: Diagnostic['code'],
  message: string,
  at: { file: string; line: number },
) {
  context.diagnostics.push({ code, level: 'error', message, file: at.file, line: at.line });
}

/** Replicas asked for: `deploy.replicas`, else the legacy `scale`, else one. */
function replicas(service: Merged, fact: ResourceFact, context: ServiceContext): number | undefined {
  const deploy = setting(service, 'deploy', 'replicas');
  if (deploy !== undefined) return context.redundancy.number(fact, 'deploy.replicas', deploy);
  return context.redundancy.number(fact, 'scale', setting(service, 'scale'), { absent: 1 });
}

function attributes(service: Merged, fact: ResourceFact, mountsVolume: boolean, context: ServiceContext) {
  const result: ComponentAttributes = {};
  const count = replicas(service, fact, context);
  if (count !== undefined) result.count = count;
  const image = asString(setting(service, 'image'));
  if (image !== undefined) result.images = [image];
  const restart =
    asString(setting(service, 'restart')) ??
    asString(setting(service, 'deploy', 'restart_policy', 'condition'));
  if (restart !== undefined) result.restart = restart;
  result.holdsState = mountsVolume || (image !== undefined && isDataStoreImage(image));
  // A service publishing ports is reachable from outside its host, which is what a
  // Kubernetes LoadBalancer Service means: semantics and rules read both the same way.
  if (publishesPorts(setting(service, 'ports'))) result.serviceType = 'LoadBalancer';
  return result;
}

/** The relations of a service, reporting the names compose itself would refuse. */
function relations(service: Merged, context: ServiceContext) {
  const { project } = context;
  const found: Relation[] = [];
  const ordering: string[] = [];
  for (const dependency of dependenciesOf(service)) {
    if (!project.services.has(dependency.target)) {
      const message = `${dependency.via} of service ${service.name} names ${dependency.target}, which is no service of project ${project.name}`;
      error(context, 'dangling-reference', message, dependency.location);
      continue;
    }
    ordering.push(serviceId(project.name, dependency.target));
    if (dependency.required)
      found.push({
        role: 'dependsOn',
        target: serviceId(project.name, dependency.target),
        location: dependency.location,
      });
  }
  for (const call of callsOf(service, context.addresses)) {
    found.push({ role: 'calls', target: serviceId(project.name, call.target), location: call.location });
  }
  let mountsVolume = false;
  for (const mount of volumeMounts(service)) {
    if (!project.volumes.has(mount.volume)) {
      const message = `service ${service.name} mounts volume ${mount.volume}, which the top-level volumes of project ${project.name} do not declare`;
      error(context, 'dangling-reference', message, mount.location);
      continue;
    }
    mountsVolume = true;
    found.push({ role: 'volume', target: volumeId(project.name, mount.volume), location: mount.location });
  }
  return { relations: tidyRelations(found), dependsOn: [...new Set(ordering)].sort(), mountsVolume };
}

/** One compose service as a canonical component (provider docker, cluster = its project). */
export function serviceComponent(service: Merged, context: ServiceContext): Component {
  const fact = service.facts[0] as ResourceFact;
  const project = context.project.name;
  if (
    setting(service, 'image') === undefined &&
    setting(service, 'build') === undefined &&
    !extendsAnotherFile(service)
  ) {
    error(context, 'invalid-manifest', `service ${service.name} has neither image nor build`, fact.location);
  }
  const linked = relations(service, context);
  const component: Component = {
    id: serviceId(project, service.name),
    kind: 'compose.service',
    name: service.name,
    nativeType: 'service',
    format: 'compose',
    provider: 'docker',
    region: UNKNOWN_HOSTING,
    cluster: project,
    zones: [],
    attributes: attributes(service, fact, linked.mountsVolume, context),
    relations: linked.relations,
    dependsOn: linked.dependsOn,
    tags: {},
    locations: service.facts.map((each) => each.location),
  };
  // A service in a profile runs only when that profile is enabled (`--profile`).
  const profiles = stringList(setting(service, 'profiles'));
  if (profiles.length > 0) component.condition = `compose profile ${profiles.join(' or ')}`;
  return component;
}

/** One top-level named volume as a canonical component. */
export function volumeComponent(volume: Merged, project: string): Component {
  return {
    id: volumeId(project, volume.name),
    kind: 'compose.volume',
    name: volume.name,
    nativeType: 'volume',
    format: 'compose',
    provider: 'docker',
    region: UNKNOWN_HOSTING,
    cluster: project,
    zones: [],
    attributes: {},
    relations: [],
    dependsOn: [],
    tags: {},
    locations: volume.facts.map((each) => each.location),
  };
}
