// biome-ignore-all lint/suspicious/noTemplateCurlyInString: compose interpolation is written with ${VAR} on purpose.
import { describe, expect, it } from 'vitest';
import type { CollectorOutcome } from '../../../src/collectors/collector.js';
import { compose } from '../../../src/collectors/compose/index.js';
import type { DocumentFacts, ResourceFact } from '../../../src/model/facts.js';
import { UnknownValue } from '../../../src/model/value.js';
import { lineOf } from '../../normalize/compose/build.js';

function analysed(outcome: CollectorOutcome) {
  if (outcome.status !== 'analysed') throw new Error(`expected analysed, got ${JSON.stringify(outcome)}`);
  return outcome;
}

function fact(document: DocumentFacts, type: string, id: string): ResourceFact {
  const found = document.resources.find((each) => each.type === type && each.id === id);
  if (found === undefined) throw new Error(`no ${type} ${id}`);
  return found;
}

const STACK = `name: shop
x-defaults: &defaults
  restart: always
  networks: [back]
services:
  web:
    <<: *defaults
    image: nginx:\${NGINX_TAG:-1.25}
    ports: ["8080:80"]
    environment:
      API_URL: http://api:8080
    depends_on:
      api:
        condition: service_healthy
  api:
    <<: *defaults
    build: ./api
    environment:
      - DB_HOST=db
      - TOKEN=\${API_TOKEN}
    env_file: .env
  db:
    image: postgres:16
    volumes:
      - pgdata:/var/lib/postgresql/data
    env_file: [db.env]
volumes:
  pgdata:
`;

describe('compose collector', () => {
  it('claims only compose file names', () => {
    expect(compose.collect({ file: 'k8s/web.yaml', text: STACK })).toEqual({ status: 'not-applicable' });
    expect(compose.detectText(STACK)).toBe(true);
    expect(compose.detectText('kind: Deployment\nspec:\n  services: 1\n')).toBe(false);
  });

  it('declines a compose-named file whose top level has no services map', () => {
    expect(compose.collect({ file: 'compose.yaml', text: 'services: [a, b]\n' })).toEqual({
      status: 'not-applicable',
    });
    expect(compose.collect({ file: 'compose.yaml', text: 'apiVersion: v1\nkind: List\n' })).toEqual({
      status: 'not-applicable',
    });
  });

  it('emits a project fact, a fact per service at its key and one per named volume', () => {
    const { document, diagnostics } = analysed(compose.collect({ file: 'shop/compose.yaml', text: STACK }));
    expect(document.format).toBe('compose');
    expect(document.unit).toBe('shop');
    expect(document.resources.map((each) => `${each.type}:${each.id}@${each.location.line}`)).toEqual([
      'project:shop@1',
      `service:web@${lineOf(STACK, '  web:')}`,
      `service:api@${lineOf(STACK, '  api:', true)}`,
      `service:db@${lineOf(STACK, '  db:')}`,
      `volume:pgdata@${lineOf(STACK, '  pgdata:')}`,
    ]);
    expect(fact(document, 'service', 'web').dependsOn).toEqual(['api']);
    // One note for the file's env_file settings, at the first one.
    expect(diagnostics).toEqual([
      {
        code: 'unresolved-value',
        level: 'note',
        message: 'env_file files are not read: services they point at are not learnt from them',
        file: 'shop/compose.yaml',
        line: lineOf(STACK, 'env_file: .env'),
      },
    ]);
  });

  it('applies << merges from x- extension fields and interpolates values', () => {
    const { document } = analysed(compose.collect({ file: 'shop/compose.yaml', text: STACK }));
    const web = fact(document, 'service', 'web').properties;
    expect(web.restart).toBe('always');
    expect(web.networks).toEqual(['back']);
    expect(web.image).toBe('nginx:1.25');
    expect(Object.getPrototypeOf(web)).toBeNull();
    const api = fact(document, 'service', 'api').properties;
    expect((api.environment as unknown[])[1]).toBeInstanceOf(UnknownValue);
  });

  it('records the lines of depends_on targets, environment keys, volumes and ports', () => {
    const { document } = analysed(compose.collect({ file: 'shop/compose.yaml', text: STACK }));
    const lines = fact(document, 'project', 'shop').properties.lines as Record<
      string,
      Record<string, unknown>
    >;
    expect(lines.web?.depends_on).toEqual({ api: lineOf(STACK, '      api:') });
    expect(lines.web?.environment).toEqual({ API_URL: lineOf(STACK, 'API_URL') });
    expect(lines.web?.ports).toEqual({ 0: lineOf(STACK, 'ports:') });
    expect(lines.api?.environment).toEqual({
      DB_HOST: lineOf(STACK, 'DB_HOST'),
      TOKEN: lineOf(STACK, 'TOKEN'),
    });
    expect(lines.db?.volumes).toEqual({ 0: lineOf(STACK, 'pgdata:/var') });
    expect(lines.web?.keys).toMatchObject({ image: lineOf(STACK, 'image: nginx') });
  });

  it('keeps what the file name says for the normalizer', () => {
    const { document } = analysed(
      compose.collect({ file: 'stacks/blog.compose.yaml', text: 'services:\n  a:\n    image: x\n' }),
    );
    const project = fact(document, 'project', 'blog').properties;
    expect(project.name).toBeNull();
    expect(project.role).toBe('stack');
    expect(project.folder).toBe('stacks');
    expect(project.distinctive).toBe('blog');
  });

  it('reads !reset as an unset value and !override as the value', () => {
    const text = 'services:\n  web:\n    ports: !reset []\n    environment: !override\n      A: b\n';
    const { document } = analysed(compose.collect({ file: 'compose.override.yaml', text }));
    const web = fact(document, 'service', 'web').properties;
    expect(web.ports).toBeNull();
    expect(web.environment).toEqual(Object.assign(Object.create(null), { A: 'b' }));
  });

  it('reports a service that is not a map, extends and include', () => {
    const text =
      'include: [other.yaml]\nservices:\n  broken: 5\n  child:\n    extends: {service: base, file: common.yaml}\n';
    const { diagnostics, document } = analysed(compose.collect({ file: 'compose.yaml', text }));
    expect(diagnostics.map((d) => `${d.code}/${d.level}@${d.line}`)).toEqual([
      'unresolved-value/warning@1',
      'invalid-manifest/error@3',
      'unresolved-value/warning@5',
    ]);
    expect(document.resources.map((each) => each.id)).toEqual(['.', 'child']);
  });

  it('keeps a __proto__ key a plain key of a null-prototype map', () => {
    const text = 'services:\n  __proto__:\n    image: x\n    environment:\n      __proto__: polluted\n';
    const { document } = analysed(compose.collect({ file: 'compose.yaml', text }));
    const service = fact(document, 'service', '__proto__').properties;
    expect(Object.getPrototypeOf(service.environment)).toBeNull();
    expect(Object.keys(service.environment as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).image).toBeUndefined();
  });

  it('skips a file the reading layer cannot parse, with its diagnostic', () => {
    const outcome = compose.collect({ file: 'compose.yaml', text: 'services:\n  web:\n    image: [\n' });
    expect(outcome.status).toBe('skipped');
    if (outcome.status !== 'skipped') return;
    expect(outcome.reason).toBe('parse-error');
    expect(outcome.diagnostics[0]?.code).toBe('parse-error');
    expect(outcome.diagnostics[0]?.file).toBe('compose.yaml');
  });

  it('rejects unknown tags and a second YAML document', () => {
    const tagged = compose.collect({ file: 'compose.yaml', text: 'services:\n  web:\n    image: !Ref x\n' });
    expect(tagged.status === 'skipped' && tagged.diagnostics[0]?.code).toBe('unknown-tag');
    const two = compose.collect({
      file: 'compose.yaml',
      text: 'services:\n  a: {image: x}\n---\nservices: {}\n',
    });
    expect(two.status === 'skipped' && two.diagnostics.map((d) => d.code)).toEqual(['parse-error']);
  });

  it('stops an alias bomb through the reading layer', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i += 1)
      lines.push(
        `${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10)
          .fill(`*${'abcdefghij'[i - 1]}`)
          .join(', ')}]`,
      );
    const text = `x-bomb:\n${lines.map((line) => `  ${line}`).join('\n')}\nservices:\n  web: {image: x}\n`;
    const outcome = compose.collect({ file: 'compose.yaml', text });
    expect(outcome.status === 'skipped' && outcome.reason).toBe('alias-limit');
  });
});
