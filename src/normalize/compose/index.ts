// docker compose facts → canonical model: one project per folder (or per stack file), services and named volumes.
import type { Component } from '../../model/component.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { DocumentFacts } from '../../model/facts.js';
import type { FormatNormalized, FormatNormalizer } from '../format-normalizer.js';
import { RedundancyReader } from '../scalars.js';
import { addressBook } from './calls.js';
import { applyExtends } from './extends.js';
import { mergeProject } from './merge.js';
import { groupProjects } from './projects.js';
import { serviceComponent, volumeComponent } from './service.js';

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Normalizes every compose document of a scan: files grouped into projects
 * (projects.ts), merged in order (merge.ts), then one `compose.service` per
 * service and one `compose.volume` per named volume, ids
 * `compose.service:<project>/<service>`.
 */
export const normalizeCompose: FormatNormalizer = (documents: DocumentFacts[]): FormatNormalized => {
  const diagnostics: Diagnostic[] = [];
  const redundancy = new RedundancyReader(diagnostics);
  const components: Component[] = [];
  for (const grouped of groupProjects(documents)) {
    const project = mergeProject(grouped);
    applyExtends(project, diagnostics);
    const context = { project, addresses: addressBook(project.services), redundancy, diagnostics };
    for (const name of [...project.services.keys()].sort(byName)) {
      components.push(
        serviceComponent(
          project.services.get(name) as NonNullable<ReturnType<typeof project.services.get>>,
          context,
        ),
      );
    }
    for (const name of [...project.volumes.keys()].sort(byName)) {
      components.push(
        volumeComponent(
          project.volumes.get(name) as NonNullable<ReturnType<typeof project.volumes.get>>,
          project.name,
        ),
      );
    }
  }
  return { components, diagnostics };
};
