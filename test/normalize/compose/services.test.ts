// biome-ignore-all lint/suspicious/noTemplateCurlyInString: compose interpolation is written with ${VAR} on purpose.
import { describe, expect, it } from 'vitest';
import { lineOf, normalizeFiles, relationsOf } from './build.js';

const SHOP = `services:
  web:
    image: nginx:1.25
    ports: ["8080:80"]
    environment:
      API_URL: http://api:8080/v1
    depends_on: [api]
  api:
    image: shop/api:2.1
    deploy:
      replicas: 3
    restart: unless-stopped
    environment:
      - DB_HOST=db
      - CACHE_URL=redis://:secret@cache:6379/0
      - QUEUE=mq.internal:5672
      - PEERS=web:80,worker:9000
    depends_on:
      db:
        condition: service_healthy
      cache:
        condition: service_started
        required: false
  worker:
    build: ./worker
    scale: 2
    ports: ["127.0.0.1:9000:9000"]
  db:
    image: postgres:16
    volumes:
      - pgdata:/var/lib/postgresql/data
      - ./init.sql:/docker-entrypoint-initdb.d/init.sql
  cache:
    image: redis:7
    networks:
      back:
        aliases: [mq.internal]
volumes:
  pgdata:
`;

describe('compose services', () => {
  const shop = normalizeFiles({ 'shop/compose.yaml': SHOP });

  it('makes one component per service and per named volume, in the project of the folder', () => {
    expect(shop.components.map((each) => each.id)).toEqual([
      'compose.service:shop/api',
      'compose.service:shop/cache',
      'compose.service:shop/db',
      'compose.service:shop/web',
      'compose.service:shop/worker',
      'compose.volume:shop/pgdata',
    ]);
    const web = shop.component('compose.service:shop/web');
    expect(web).toMatchObject({
      kind: 'compose.service',
      name: 'web',
      nativeType: 'service',
      format: 'compose',
      provider: 'docker',
      region: 'unknown-hosting',
      cluster: 'shop',
      zones: [],
      locations: [{ file: 'shop/compose.yaml', line: lineOf(SHOP, '  web:') }],
    });
    expect(shop.component('compose.volume:shop/pgdata')).toMatchObject({
      kind: 'compose.volume',
      cluster: 'shop',
      locations: [{ file: 'shop/compose.yaml', line: lineOf(SHOP, '  pgdata:') }],
    });
  });

  it('reads count from deploy.replicas, then scale, else one', () => {
    expect(shop.component('compose.service:shop/api').attributes.count).toBe(3);
    expect(shop.component('compose.service:shop/worker').attributes.count).toBe(2);
    expect(shop.component('compose.service:shop/web').attributes.count).toBe(1);
  });

  it('reads images and restart as written', () => {
    const api = shop.component('compose.service:shop/api').attributes;
    expect(api.images).toEqual(['shop/api:2.1']);
    expect(api.restart).toBe('unless-stopped');
    expect(shop.component('compose.service:shop/worker').attributes.images).toBeUndefined();
  });

  it('holds state for a data-store image or a named volume, not for a bind mount', () => {
    expect(shop.component('compose.service:shop/db').attributes.holdsState).toBe(true);
    expect(shop.component('compose.service:shop/cache').attributes.holdsState).toBe(true);
    expect(shop.component('compose.service:shop/web').attributes.holdsState).toBe(false);
  });

  it('marks services publishing ports beyond loopback as LoadBalancer', () => {
    expect(shop.component('compose.service:shop/web').attributes.serviceType).toBe('LoadBalancer');
    expect(shop.component('compose.service:shop/worker').attributes.serviceType).toBeUndefined();
    expect(shop.component('compose.service:shop/api').attributes.serviceType).toBeUndefined();
  });

  it('learns dependsOn, calls and volume relations with their lines', () => {
    expect(relationsOf(shop.component('compose.service:shop/web'))).toEqual([
      `calls->compose.service:shop/api@${lineOf(SHOP, 'API_URL')}`,
      `dependsOn->compose.service:shop/api@${lineOf(SHOP, 'depends_on: [api]')}`,
    ]);
    expect(relationsOf(shop.component('compose.service:shop/api'))).toEqual([
      `calls->compose.service:shop/cache@${lineOf(SHOP, 'CACHE_URL')}`,
      `calls->compose.service:shop/db@${lineOf(SHOP, 'DB_HOST')}`,
      `calls->compose.service:shop/web@${lineOf(SHOP, 'PEERS')}`,
      `calls->compose.service:shop/worker@${lineOf(SHOP, 'PEERS')}`,
      `dependsOn->compose.service:shop/db@${lineOf(SHOP, '      db:')}`,
    ]);
    expect(relationsOf(shop.component('compose.service:shop/db'))).toEqual([
      `volume->compose.volume:shop/pgdata@${lineOf(SHOP, '- pgdata:')}`,
    ]);
  });

  it('keeps an optional depends_on (required: false) as ordering only', () => {
    const api = shop.component('compose.service:shop/api');
    expect(api.dependsOn).toEqual(['compose.service:shop/cache', 'compose.service:shop/db']);
    expect(api.relations.some((r) => r.role === 'dependsOn' && r.target.endsWith('/cache'))).toBe(false);
  });

  it('reports nothing for a well-formed project', () => {
    expect(shop.diagnostics).toEqual([]);
  });
});

describe('compose dependencies beyond depends_on', () => {
  const text = `services:
  vpn:
    image: wireguard
  app:
    image: app
    network_mode: service:vpn
    links: ["db:database"]
    volumes_from: [data, "container:legacy"]
  db:
    image: mysql:8
  data:
    image: busybox
`;
  const project = normalizeFiles({ 'p/docker-compose.yml': text });

  it('treats network_mode service:, links and volumes_from as dependencies', () => {
    expect(relationsOf(project.component('compose.service:p/app'))).toEqual([
      `dependsOn->compose.service:p/data@${lineOf(text, 'volumes_from')}`,
      `dependsOn->compose.service:p/db@${lineOf(text, 'links')}`,
      `dependsOn->compose.service:p/vpn@${lineOf(text, 'network_mode')}`,
    ]);
    expect(project.diagnostics).toEqual([]);
  });
});

describe('compose calls', () => {
  it('matches container names and static addresses, never the service itself', () => {
    const text = `services:
  resolver:
    image: cloudflared
    container_name: doh
    networks:
      dns:
        ipv4_address: 172.20.0.2
  pihole:
    image: pihole/pihole:2024.07.0
    environment:
      - UPSTREAM=172.20.0.2#5054;1.1.1.1
      - WEB=doh:80
      - SELF=pihole
`;
    const project = normalizeFiles({ 'dns/compose.yaml': text });
    expect(relationsOf(project.component('compose.service:dns/pihole'))).toEqual([
      `calls->compose.service:dns/resolver@${lineOf(text, 'UPSTREAM')}`,
    ]);
  });

  it('does not learn calls from values it cannot know', () => {
    const text =
      'services:\n  a:\n    image: x\n    environment:\n      B_URL: http://${B_HOST}:80\n  b:\n    image: y\n';
    const project = normalizeFiles({ 'compose.yaml': text });
    expect(project.component('compose.service:./a').relations).toEqual([]);
  });
});

describe('compose profiles and unknown replicas', () => {
  const text = `services:
  app:
    image: app:1
    deploy:
      replicas: \${REPLICAS}
  debug:
    image: busybox:1.36
    profiles: [debug, tools]
`;
  const project = normalizeFiles({ 'svc/compose.yaml': text });

  it('puts a service of a profile under that condition', () => {
    expect(project.component('compose.service:svc/debug').condition).toBe('compose profile debug or tools');
    expect(project.component('compose.service:svc/app').condition).toBeUndefined();
  });

  it('leaves a replica count from the environment unknown and says so', () => {
    expect(project.component('compose.service:svc/app').attributes.count).toBeUndefined();
    expect(project.diagnostics).toEqual([
      {
        code: 'unresolved-value',
        level: 'warning',
        message: 'deploy.replicas of app cannot be known statically; no value is assumed',
        file: 'svc/compose.yaml',
        line: lineOf(text, '  app:'),
      },
    ]);
  });
});
