import { beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/scan.js';
import { lineOfResource, nodesByRule, scanFolder } from './scan-folder.js';

/** Four docker-compose stacks from ../shared/corpus/awesome-compose (see its README). */
const CORPUS = '../shared/corpus/awesome-compose';
const PROJECTS = [
  'elasticsearch-logstash-kibana',
  'nextcloud-redis-mariadb',
  'nginx-golang-mysql',
  'pihole-cloudflared-DoH',
];
const file = (project: string) => `${CORPUS}/${project}.compose.yaml`;
const service = (project: string, name: string) => `compose.service:${project}/${name}`;

let result: ScanResult;
beforeAll(async () => {
  result = await scanFolder(CORPUS);
});

describe('awesome-compose', () => {
  it('reads every stack completely, each file one project named after it', () => {
    expect(result.complete).toBe(true);
    expect(result.coverage.map((entry) => [entry.file, entry.status])).toEqual(
      PROJECTS.map((project) => [file(project), 'analysed']),
    );
    expect(result.diagnostics).toEqual([]);
  });

  it('each stack runs on one Docker host: one finding per project, on its host, at its first service', () => {
    const hosts = result.findings.filter((f) => f.ruleId === 'compose-single-host');
    const firstService: Record<string, string> = {
      'elasticsearch-logstash-kibana': 'elasticsearch',
      'nextcloud-redis-mariadb': 'nc',
      'nginx-golang-mysql': 'backend',
      'pihole-cloudflared-DoH': 'cloudflared',
    };
    expect(hosts.map((f) => [f.node.id, f.node.kind, f.severity, f.locations])).toEqual(
      PROJECTS.map((project) => [
        `host:compose/${project}`,
        'domain',
        'warning',
        [{ file: file(project), line: lineOfResource(file(project), firstService[project] ?? '') }],
      ]),
    );
    expect(hosts[1]?.message).toBe(
      "Compose project nextcloud-redis-mariadb runs every service (db, nc, redis) on one Docker host: that host's failure takes every one of them down.",
    );
  });

  it('finds the single database containers and Elasticsearch, each on the line of its service', () => {
    const stateful = result.findings.filter((f) => f.ruleId === 'compose-single-stateful-service');
    const expected: Array<[string, string]> = [
      ['elasticsearch-logstash-kibana', 'elasticsearch'],
      ['nextcloud-redis-mariadb', 'db'],
      ['nextcloud-redis-mariadb', 'nc'],
      ['nextcloud-redis-mariadb', 'redis'],
      ['nginx-golang-mysql', 'db'],
    ];
    expect(stateful.map((f) => [f.node.id, f.locations])).toEqual(
      expected.map(([project, name]) => [
        service(project, name),
        [{ file: file(project), line: lineOfResource(file(project), name) }],
      ]),
    );
  });

  it('restart: always is not redundancy: every published service and what it needs is a single point of failure', () => {
    const byRule = nodesByRule(result);
    expect(byRule['single-point-of-failure']).toEqual(
      [
        ['elasticsearch-logstash-kibana', 'elasticsearch'],
        ['elasticsearch-logstash-kibana', 'kibana'],
        ['elasticsearch-logstash-kibana', 'logstash'],
        ['nextcloud-redis-mariadb', 'db'],
        ['nextcloud-redis-mariadb', 'nc'],
        ['nextcloud-redis-mariadb', 'redis'],
        ['nginx-golang-mysql', 'backend'],
        ['nginx-golang-mysql', 'db'],
        ['nginx-golang-mysql', 'proxy'],
        ['pihole-cloudflared-DoH', 'cloudflared'],
        ['pihole-cloudflared-DoH', 'pihole'],
      ].map(([project, name]) => service(project as string, name as string)),
    );
    const db = result.findings.find(
      (f) => f.ruleId === 'single-point-of-failure' && f.node.id === service('nginx-golang-mysql', 'db'),
    );
    expect(db?.severity).toBe('error');
    expect(db?.path).toEqual([
      'entry:nginx-golang-mysql/proxy',
      service('nginx-golang-mysql', 'proxy'),
      `${service('nginx-golang-mysql', 'proxy')}#0`,
      service('nginx-golang-mysql', 'backend'),
      `${service('nginx-golang-mysql', 'backend')}#0`,
      service('nginx-golang-mysql', 'db'),
    ]);
    expect(byRule['single-host-dependency']).toEqual(PROJECTS.map((project) => `host:compose/${project}`));
    expect(byRule['single-zone-dependency']).toEqual(
      PROJECTS.map((project) => `zone:unknown-hosting/#unknown-${project}`),
    );
  });

  it('flags the untagged and latest images, not the pinned tags nor the built backend', () => {
    const images = result.findings.filter((f) => f.ruleId === 'image-not-pinned');
    expect(images.map((f) => [f.node.id, f.message])).toEqual([
      [
        service('nginx-golang-mysql', 'proxy'),
        'Compose service proxy runs nginx (no tag, so latest): one push changes what every replica runs.',
      ],
      [
        service('pihole-cloudflared-DoH', 'cloudflared'),
        'Compose service cloudflared runs visibilityspots/cloudflared (no tag, so latest): one push changes what every replica runs.',
      ],
      [
        service('pihole-cloudflared-DoH', 'pihole'),
        'Compose service pihole runs pihole/pihole:latest: one push changes what every replica runs.',
      ],
    ]);
  });

  it('reports no Kubernetes rule on compose stacks', () => {
    const rules = new Set(result.findings.map((f) => f.ruleId));
    for (const rule of [
      'single-replica-workload',
      'single-cluster-dependency',
      'missing-pod-disruption-budget',
      'replicas-without-zone-guarantee',
    ])
      expect(rules.has(rule), rule).toBe(false);
  });
});
