import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from '../../src/model/graph.js';
import { CHECKS } from '../../src/rules/checks/index.js';
import { imagePin } from '../../src/rules/kubernetes/image-ref.js';
import { isWholePercent, resolveIntOrPercent } from '../../src/rules/kubernetes/int-or-percent.js';
import { workload } from './support/kubernetes.js';
import { addNode, context } from './support/model.js';

const composeSingleHost = CHECKS.get('compose-single-host');
if (!composeSingleHost) throw new Error('compose-single-host is not registered');

describe('compose-single-host', () => {
  const services = () => {
    const web = workload('compose.service', 'shop/web');
    const db = workload('compose.service', 'shop/db');
    const dns = workload('compose.service', 'dns/pihole');
    // `web` is declared before `db` in the file even though `db` sorts first.
    web.locations = [{ file: 'compose.yaml', line: 2 }];
    db.locations = [{ file: 'compose.yaml', line: 9 }];
    return [web, db, dns];
  };

  it('reports each project once, on its host node, pointing at the first service declared', () => {
    const graph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
    addNode(graph, 'host:compose/shop', { kind: 'domain', domainKind: 'host', label: 'Docker host of shop' });
    addNode(graph, 'host:compose/dns', { kind: 'domain', domainKind: 'host', label: 'Docker host of dns' });
    const components = services();
    const reports = composeSingleHost.run(context(components, { graph }), {});
    expect(reports.map((r) => [r.node, r.data, r.locations])).toEqual([
      [
        'host:compose/dns',
        { project: 'dns', serviceCount: 1, services: 'pihole' },
        [{ file: 'compose.yaml', line: components[2]?.locations[0]?.line }],
      ],
      [
        'host:compose/shop',
        { project: 'shop', serviceCount: 2, services: 'db, web' },
        [{ file: 'compose.yaml', line: 2 }],
      ],
    ]);
  });

  it('falls back to the first service when the graph has no host node, and ignores Kubernetes', () => {
    const reports = composeSingleHost.run(context([...services(), workload('k8s.deployment', 'web')]), {});
    expect(reports.map((r) => r.node)).toEqual(['compose.service:dns/pihole', 'compose.service:shop/web']);
  });
});

describe('image references and IntOrString values', () => {
  it.each([
    ['nginx', 'none'],
    ['nginx:latest', 'latest'],
    ['docker.io/library/nginx:1.27', 'tag'],
    ['localhost:5000/team/app', 'none'],
    ['localhost:5000/team/app:latest', 'latest'],
    [`redis@sha256:${'c'.repeat(64)}`, 'digest'],
    ['redis@latest', 'unknown'],
    [`app:${'$'}{TAG:-dev}`, 'unknown'],
    ['', 'unknown'],
  ])('%s pins by %s', (image, pin) => {
    expect(imagePin(image)).toBe(pin);
  });

  it('resolves counts and percentages with the rounding asked for', () => {
    expect(resolveIntOrPercent(2, 5, 'up')).toBe(2);
    expect(resolveIntOrPercent('3', 5, 'up')).toBe(3);
    expect(resolveIntOrPercent('25%', 5, 'up')).toBe(2);
    expect(resolveIntOrPercent('25%', 5, 'down')).toBe(1);
    expect(resolveIntOrPercent('0%', 5, 'up')).toBe(0);
    expect(resolveIntOrPercent('lots', 5, 'up')).toBeUndefined();
    expect(resolveIntOrPercent(-1, 5, 'up')).toBeUndefined();
    expect(resolveIntOrPercent(undefined, 5, 'up')).toBeUndefined();
    expect([isWholePercent('100%'), isWholePercent('99%'), isWholePercent(100)]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
