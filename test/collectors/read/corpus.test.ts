import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { discoverFiles, parseJson, parseYamlAll, readText } from '../../../src/collectors/read/index.js';
import { cfnLikeTypes } from './cfn-like-types.js';

const corpusRoot = fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));

const schema = yaml.DEFAULT_SCHEMA.extend(cfnLikeTypes());

describe('the shared corpus through the whole read layer', () => {
  it('discovers, reads and parses every file without a diagnostic or warning', async () => {
    const discovery = await discoverFiles(['.'], corpusRoot);
    expect(discovery.files.length).toBe(18);
    expect(discovery.diagnostics).toEqual([]);
    for (const file of discovery.files) {
      const read = await readText(file);
      if (!read.ok) throw new Error(`${file.relative}: ${read.diagnostic.code}`);
      const parsed = file.relative.endsWith('.json')
        ? parseJson(read.text, { file: file.relative })
        : parseYamlAll(read.text, { file: file.relative, schema });
      if (!parsed.ok)
        throw new Error(`${file.relative}: ${parsed.diagnostic.code} at ${parsed.diagnostic.line}`);
      expect(parsed.warnings, file.relative).toEqual([]);
    }
  });

  it('places the kind of every Kubernetes document on its `kind:` line', async () => {
    const path = 'microservices-demo/kubernetes-manifests.yaml';
    const read = await readText({ absolute: `${corpusRoot}/${path}`, relative: path });
    if (!read.ok) throw new Error(read.diagnostic.code);
    const parsed = parseYamlAll(read.text, { file: path });
    if (!parsed.ok) throw new Error(parsed.diagnostic.code);
    const sourceLines = read.text.split('\n');
    const documents = parsed.value.filter(
      (document): document is Record<string, unknown> => document !== null,
    );
    expect(documents.filter((document) => document.kind === 'Deployment')).toHaveLength(12);
    for (const document of documents) {
      const line = parsed.lines.lineOf(document, 'kind') as number;
      expect(sourceLines[line - 1]).toBe(`kind: ${document.kind}`);
    }
  });
});
