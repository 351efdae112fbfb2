import { describe, expect, it } from 'vitest';
import { relationMeaning } from '../../src/semantics/relation-rules.js';
import { compose } from './cluster-support.js';
import { build, gateOf, requirements, singleCuts } from './support.js';

const PROJECT = 'nginx-golang-mysql';
const HOST = `host:compose/${PROJECT}`;
const ZONE = `zone:deployment-region/#unknown-${PROJECT}`;
const id = (name: string) => `compose.service:${PROJECT}/${name}`;

/** nginx-golang-mysql: proxy (published) → backend → db with a named volume. */
function stack(dbReplicas?: number) {
  return [
    compose('compose.service', PROJECT, 'proxy', {
      attributes: { serviceType: 'LoadBalancer', restart: 'always' },
      relations: [['dependsOn', id('backend')]],
    }),
    compose('compose.service', PROJECT, 'backend', { relations: [['dependsOn', id('db')]] }),
    compose('compose.service', PROJECT, 'db', {
      attributes: { holdsState: true, restart: 'always', ...(dbReplicas ? { count: dbReplicas } : {}) },
      relations: [['volume', `compose.volume:${PROJECT}/db-data`]],
    }),
    compose('compose.volume', PROJECT, 'db-data'),
  ];
}

describe('docker-compose', () => {
  it('a published service is an entry; the database and the one Docker host are cuts of it', () => {
    const { graph, entries } = build(stack());
    expect(entries.map((entry) => entry.node)).toEqual([`entry:${PROJECT}/proxy`]);
    expect(requirements(graph, `${id('db')}#0`)).toEqual([HOST]);
    expect(graph.getNodeAttribute(`${id('db')}#0`, 'label')).toBe(`db #0 on the Docker host of ${PROJECT}`);
    expect(requirements(graph, HOST)).toEqual([ZONE]);
    expect(graph.getNodeAttributes(HOST)).toMatchObject({
      kind: 'domain',
      domainKind: 'host',
      label: `the Docker host of ${PROJECT}`,
    });
    expect(singleCuts(graph, `entry:${PROJECT}/proxy`)).toEqual(
      [
        HOST,
        ZONE,
        'provider:aws',
        'region:deployment-region',
        id('backend'),
        `${id('backend')}#0`,
        id('db'),
        `${id('db')}#0`,
        id('proxy'),
        `${id('proxy')}#0`,
      ].sort(),
    );
  });

  it('depends_on is a need between compose services, unlike CloudFormation’s DependsOn', () => {
    const { graph } = build(stack());
    expect(graph.getEdgeAttribute(`${id('backend')}#0`, id('db'), 'reason')).toBe('dependsOn');
    expect(relationMeaning('compose.service', 'compose.service', 'dependsOn')).toBe('source-requires-target');
    expect(relationMeaning('aws.ecs.service', 'aws.rds.instance', 'dependsOn')).toBe('none');
  });

  it('a named volume lives on the host: nothing requires it', () => {
    const { graph } = build(stack());
    const volume = `compose.volume:${PROJECT}/db-data`;
    expect(graph.inDegree(volume)).toBe(0);
    expect(requirements(graph, volume)).toEqual([HOST]);
  });

  it('replicas share the host: the replicas are no longer cuts, the host still is', () => {
    const { graph } = build(stack(3));
    expect(gateOf(graph, id('db'))).toBe('any');
    expect(requirements(graph, id('db'))).toEqual([`${id('db')}#0`, `${id('db')}#1`, `${id('db')}#2`]);
    const cuts = singleCuts(graph, `entry:${PROJECT}/proxy`);
    expect(cuts).toContain(HOST);
    expect(cuts).toContain(id('db'));
    expect(cuts).not.toContain(`${id('db')}#0`);
  });

  it('calls reach other services; every published service of a project is an entry; projects have their own hosts', () => {
    const { graph, entries } = build([
      compose('compose.service', 'elk', 'elasticsearch', { attributes: { serviceType: 'LoadBalancer' } }),
      compose('compose.service', 'elk', 'kibana', {
        attributes: { serviceType: 'LoadBalancer' },
        relations: [['calls', 'compose.service:elk/elasticsearch']],
      }),
      ...stack(),
    ]);
    expect(entries.map((entry) => entry.name)).toEqual([
      'elk/elasticsearch',
      'elk/kibana',
      `${PROJECT}/proxy`,
    ]);
    const cuts = singleCuts(graph, 'entry:elk/kibana');
    expect(cuts).toContain('compose.service:elk/elasticsearch');
    expect(cuts).toContain('host:compose/elk');
    expect(cuts).not.toContain(HOST);
  });

  it('a declared entry names a compose service by project and name', () => {
    const both = [...stack(), compose('compose.service', 'blog', 'db')];
    const ambiguous = build(both, { entries: [{ name: 'orders', target: 'db' }] });
    expect(ambiguous.diagnostics).toEqual([expect.objectContaining({ code: 'config-error' })]);
    const { graph, diagnostics } = build(both, { entries: [{ name: 'orders', target: `${PROJECT}/db` }] });
    expect(diagnostics).toEqual([]);
    expect(requirements(graph, 'entry:orders')).toEqual([id('db')]);
  });
});
