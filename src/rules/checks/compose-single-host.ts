import type { Component } from '../../model/component.js';
import { nodeIds } from '../../model/graph.js';
import { compareLocations } from '../../model/location.js';
import { indexModel } from '../model-index.js';
import { noOptions } from '../options.js';
import { type CheckReport, defineCheck } from '../types.js';

/** The service declared first (file, then line): where the finding points. */
function firstDeclared(services: Component[]): Component | undefined {
  const located = services.flatMap((service) =>
    service.locations[0] ? [{ service, at: service.locations[0] }] : [],
  );
  located.sort((a, b) => compareLocations(a.at, b.at));
  return located[0]?.service ?? services[0];
}

/**
 * Compose projects: every service of a project runs on one Docker host,
 * whatever its `restart` policy or `deploy.replicas`. One report per project,
 * on the host's domain node (`host:compose/<project>`, the node the cut-set
 * rules name too) when the graph has it, else on the project's first
 * service; it points at the first service declared.
 */
export const composeSingleHost = defineCheck<Record<string, never>>({
  name: 'compose-single-host',
  summary: 'a docker-compose project whose services all run on one Docker host',
  parse: noOptions,
  dataKeys: () => ['project', 'serviceCount', 'services'],
  detect(ctx) {
    const projects = new Map<string, Component[]>();
    for (const service of indexModel(ctx.model).byKind('compose.service')) {
      const project = service.cluster ?? service.name;
      projects.set(project, [...(projects.get(project) ?? []), service]);
    }
    const reports: CheckReport[] = [];
    for (const [project, services] of [...projects].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const first = firstDeclared(services);
      if (!first) continue;
      const host = nodeIds.host(`compose/${project}`);
      reports.push({
        node: ctx.graph.hasNode(host) ? host : first.id,
        data: {
          project,
          serviceCount: services.length,
          services: services.map((service) => service.name).join(', '),
        },
        locations: first.locations,
      });
    }
    return reports;
  },
});
