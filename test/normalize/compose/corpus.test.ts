import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../../src/collectors/index.js';
import type { Component } from '../../../src/model/component.js';
import type { CollectResult } from '../../../src/model/facts.js';
import { defaultPolicy } from '../../../src/model/policy.js';
import { normalizeCompose } from '../../../src/normalize/compose/index.js';
import type { FormatNormalized } from '../../../src/normalize/format-normalizer.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const corpus = '../shared/corpus/awesome-compose';

let collected: CollectResult;
let normalized: FormatNormalized;

beforeAll(async () => {
  collected = await collect([corpus], { root });
  const documents = collected.documents.filter((document) => document.format === 'compose');
  normalized = normalizeCompose(documents, defaultPolicy());
});

/** `grep -n` on a corpus file: the line of the first match of `pattern`. */
function grepLine(stack: string, pattern: string): number {
  const output = execFileSync(
    'grep',
    ['-n', '-m', '1', '-E', '-e', pattern, `${root}/${corpus}/${stack}.compose.yaml`],
    {
      encoding: 'utf8',
    },
  );
  return Number(output.split(':')[0]);
}

function service(project: string, name: string): Component {
  const found = normalized.components.find((each) => each.id === `compose.service:${project}/${name}`);
  if (found === undefined) throw new Error(`no service ${project}/${name}`);
  return found;
}

function relations(component: Component, role: string): string[] {
  return component.relations.filter((r) => r.role === role).map((r) => `${r.target}@${r.location.line}`);
}

describe('the awesome-compose corpus', () => {
  it('reads every stack file as compose, each its own project named after its stack', () => {
    const files = collected.coverage.filter((entry) => entry.file.endsWith('.compose.yaml'));
    expect(files.map((entry) => `${entry.status}/${entry.format}`)).toEqual(
      Array(4).fill('analysed/compose'),
    );
    expect([...new Set(normalized.components.map((each) => each.cluster))]).toEqual([
      'elasticsearch-logstash-kibana',
      'nextcloud-redis-mariadb',
      'nginx-golang-mysql',
      'pihole-cloudflared-DoH',
    ]);
    expect(normalized.diagnostics).toEqual([]);
    expect(collected.diagnostics.filter((d) => d.file?.endsWith('.compose.yaml'))).toEqual([]);
  });

  it('places every service at its key, as grep -n finds it', () => {
    for (const component of normalized.components.filter((each) => each.kind === 'compose.service')) {
      const stack = component.cluster as string;
      expect(component.locations).toEqual([
        { file: `${corpus}/${stack}.compose.yaml`, line: grepLine(stack, `^  ${component.name}:`) },
      ]);
    }
  });

  it('nginx-golang-mysql: one database container holding state, which the backend waits for', () => {
    const db = service('nginx-golang-mysql', 'db');
    expect(db.attributes).toEqual({
      count: 1,
      images: ['mariadb:10-focal'],
      restart: 'always',
      holdsState: true,
    });
    expect(relations(db, 'volume')).toEqual([
      `compose.volume:nginx-golang-mysql/db-data@${grepLine('nginx-golang-mysql', 'db-data:/var/lib/mysql')}`,
    ]);
    const backend = service('nginx-golang-mysql', 'backend');
    expect(backend.attributes.images).toBeUndefined();
    expect(relations(backend, 'dependsOn')).toEqual([
      `compose.service:nginx-golang-mysql/db@${grepLine('nginx-golang-mysql', '^      db:')}`,
    ]);
    expect(relations(service('nginx-golang-mysql', 'proxy'), 'dependsOn')).toEqual([
      `compose.service:nginx-golang-mysql/backend@${grepLine('nginx-golang-mysql', '- backend')}`,
    ]);
    expect(service('nginx-golang-mysql', 'proxy').attributes.serviceType).toBe('LoadBalancer');
    expect(service('nginx-golang-mysql', 'proxy').attributes.holdsState).toBe(false);
  });

  it('nextcloud-redis-mariadb: nextcloud calls its single db and redis, found in its environment', () => {
    const nc = service('nextcloud-redis-mariadb', 'nc');
    expect(relations(nc, 'calls')).toEqual([
      `compose.service:nextcloud-redis-mariadb/db@${grepLine('nextcloud-redis-mariadb', 'MYSQL_HOST=db')}`,
      `compose.service:nextcloud-redis-mariadb/redis@${grepLine('nextcloud-redis-mariadb', 'REDIS_HOST=redis')}`,
    ]);
    expect(nc.attributes.serviceType).toBe('LoadBalancer');
    const db = service('nextcloud-redis-mariadb', 'db');
    expect(db.attributes).toMatchObject({ count: 1, holdsState: true, restart: 'always' });
    // `expose` is not publishing: only the nextcloud front is reachable from outside.
    expect(db.attributes.serviceType).toBeUndefined();
    expect(service('nextcloud-redis-mariadb', 'redis').attributes.serviceType).toBeUndefined();
  });

  it('elasticsearch-logstash-kibana: one single-node Elasticsearch without a volume that both others need', () => {
    const elasticsearch = service('elasticsearch-logstash-kibana', 'elasticsearch');
    expect(elasticsearch.attributes).toEqual({
      count: 1,
      images: ['elasticsearch:7.16.1'],
      holdsState: true,
      serviceType: 'LoadBalancer',
    });
    expect(elasticsearch.relations).toEqual([]);
    for (const name of ['logstash', 'kibana']) {
      expect(relations(service('elasticsearch-logstash-kibana', name), 'dependsOn')).toHaveLength(1);
      expect(service('elasticsearch-logstash-kibana', name).dependsOn).toEqual([
        'compose.service:elasticsearch-logstash-kibana/elasticsearch',
      ]);
    }
    // discovery.seed_hosts names logstash itself: no call to itself.
    expect(relations(service('elasticsearch-logstash-kibana', 'logstash'), 'calls')).toEqual([]);
  });

  it('pihole-cloudflared-DoH: pihole reaches cloudflared by its static address and waits for it', () => {
    const pihole = service('pihole-cloudflared-DoH', 'pihole');
    expect(relations(pihole, 'calls')).toEqual([
      `compose.service:pihole-cloudflared-DoH/cloudflared@${grepLine('pihole-cloudflared-DoH', 'PIHOLE_DNS_=')}`,
    ]);
    expect(relations(pihole, 'dependsOn')).toEqual([
      `compose.service:pihole-cloudflared-DoH/cloudflared@${grepLine('pihole-cloudflared-DoH', '- "cloudflared"')}`,
    ]);
    expect(pihole.attributes).toMatchObject({
      images: ['pihole/pihole:latest'],
      restart: 'always',
      serviceType: 'LoadBalancer',
    });
    // Host bind mounts are not named volumes.
    expect(pihole.attributes.holdsState).toBe(false);
    expect(service('pihole-cloudflared-DoH', 'cloudflared').attributes.serviceType).toBe('LoadBalancer');
  });
});
