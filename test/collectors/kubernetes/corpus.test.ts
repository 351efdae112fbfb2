import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentOf, grepLines } from './helpers.js';

const CORPUS = join(import.meta.dirname, '../../../../shared/corpus');

function read(relative: string) {
  const text = readFileSync(join(CORPUS, relative), 'utf8');
  return { text, ...documentOf(text, relative) };
}

describe('kubernetes collector on the corpus', () => {
  it('microservices-demo: every object, each at the line grep -n finds its kind: on', () => {
    const { text, document, diagnostics } = read('microservices-demo/kubernetes-manifests.yaml');
    expect(diagnostics).toEqual([]);
    const kindLines = grepLines(text, /^kind:/);
    expect(document.resources.map((fact) => fact.location.line)).toEqual(kindLines);
    const count = (type: string) => document.resources.filter((fact) => fact.type === type).length;
    expect(count('Deployment')).toBe(12);
    expect(count('Service')).toBe(12);
    expect(document.resources.length).toBe(kindLines.length);
    const frontend = document.resources.find((fact) => fact.id === 'default/Deployment/frontend');
    expect(frontend?.location).toEqual({ file: 'microservices-demo/kubernetes-manifests.yaml', line: 22 });
    // `grep -n 'name: frontend-external'` gives 132; its `kind: Service` is two lines above.
    const external = grepLines(text, /^ {2}name: frontend-external$/)[0] as number;
    expect(
      document.resources.find((fact) => fact.id === 'default/Service/frontend-external')?.location.line,
    ).toBe(external - 2);
  });

  it('kubernetes-examples: redis-master, tf-serving and its hostPath PV, the cassandra Service', () => {
    const files = {
      'kubernetes-examples/web/guestbook/redis-master-deployment.yaml': 'default/Deployment/redis-master',
      'kubernetes-examples/AI/model-serving-tensorflow/deployment.yaml': 'default/Deployment/tf-serving',
      'kubernetes-examples/AI/model-serving-tensorflow/pv.yaml': '_cluster/PersistentVolume/my-model-pv',
      'kubernetes-examples/databases/cassandra/cassandra-service.yaml': 'default/Service/cassandra',
    };
    for (const [file, id] of Object.entries(files)) {
      const { text, document, diagnostics } = read(file);
      expect(diagnostics).toEqual([]);
      expect(document.resources.map((fact) => `${fact.id}@${fact.location.line}`)).toEqual([
        `${id}@${grepLines(text, /^kind:/)[0]}`,
      ]);
    }
  });
});
