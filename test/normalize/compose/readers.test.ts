import { describe, expect, it } from 'vitest';
import { UnknownValue } from '../../../src/model/value.js';
import { isDataStoreImage } from '../../../src/normalize/compose/data-stores.js';
import { publishesPorts } from '../../../src/normalize/compose/ports.js';
import { lineOf, normalizeFiles, relationsOf } from './build.js';

const map = (entries: Record<string, string | number>) => Object.assign(Object.create(null), entries);

describe('published ports', () => {
  it('counts every short-syntax entry, even a container port alone, but not loopback bindings', () => {
    expect(publishesPorts(['8080:80'])).toBe(true);
    expect(publishesPorts([80])).toBe(true);
    expect(publishesPorts(['0.0.0.0:53:53/udp'])).toBe(true);
    expect(publishesPorts(['127.0.0.1:8080:80'])).toBe(false);
    expect(publishesPorts(['127.0.0.1::80', '[::1]:443:443'])).toBe(false);
    expect(publishesPorts(['127.0.0.1:9000:9000', '9001:9001'])).toBe(true);
    expect(publishesPorts([])).toBe(false);
    expect(publishesPorts(undefined)).toBe(false);
  });

  it('reads the long syntax by host_ip, and an entry it cannot know as published', () => {
    expect(publishesPorts([map({ target: 80, published: 8080 })])).toBe(true);
    expect(publishesPorts([map({ target: 80, published: 8080, host_ip: '127.0.0.1' })])).toBe(false);
    expect(publishesPorts([new UnknownValue('set from the environment (PORT)')])).toBe(true);
  });
});

describe('data-store images', () => {
  it('recognises stores by the image name, registry and tag aside', () => {
    for (const image of [
      'mysql:8',
      'mariadb',
      'postgres:16-alpine',
      'bitnami/postgresql:15',
      'mongo@sha256:0123',
      'mongodb/mongodb-community-server:7.0-ubi8',
      'redis/redis-stack-server',
      'docker.elastic.co/elasticsearch/elasticsearch:8.13.0',
      'opensearchproject/opensearch:2',
      'cassandra:4',
      'rabbitmq:3-management',
      'confluentinc/cp-kafka:7.6.0',
      'zookeeper',
      'quay.io/coreos/etcd:v3.5.0',
      'minio/minio',
      'localhost:5000/redis:7',
    ]) {
      expect(isDataStoreImage(image), image).toBe(true);
    }
  });

  it('leaves tools named after a store, and other images, alone', () => {
    for (const image of [
      'rediscommander/redis-commander',
      'mongo-express',
      'nginx',
      'redisinsight',
      'postgres-exporter',
      'kibana:7',
    ]) {
      expect(isDataStoreImage(image), image).toBe(false);
    }
  });
});

describe('volume mounts', () => {
  const text = `services:
  app:
    image: app:1
    volumes:
      - type: volume
        source: data
        target: /data
      - type: bind
        source: ./conf
        target: /conf
      - /scratch
      - ~/cache:/cache
      - logs:/var/log:ro
      - type: tmpfs
        target: /tmp
volumes:
  data:
  logs:
    external: true
`;
  const project = normalizeFiles({ 'v/compose.yaml': text });

  it('relates a service to the named volumes it mounts, short and long syntax, and to nothing else', () => {
    expect(relationsOf(project.component('compose.service:v/app'))).toEqual([
      `volume->compose.volume:v/data@${lineOf(text, '- type: volume')}`,
      `volume->compose.volume:v/logs@${lineOf(text, 'logs:/var/log')}`,
    ]);
    expect(project.component('compose.service:v/app').attributes.holdsState).toBe(true);
    expect(project.component('compose.volume:v/logs').kind).toBe('compose.volume');
    expect(project.diagnostics).toEqual([]);
  });
});
