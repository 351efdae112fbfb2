import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../../src/collectors/read/index.js';
import { findExcessiveYamlDepth } from '../../../src/collectors/read/yaml-depth.js';

const corpusRoot = fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));

describe('YAML depth pre-scan', () => {
  it('finds flow nesting and indentation nesting past the limit, with the line', () => {
    expect(findExcessiveYamlDepth(`a:\n  b: ${'['.repeat(99)}`, 100)).toBe(2);
    expect(findExcessiveYamlDepth(`a:\n  b: ${'['.repeat(98)}`, 100)).toBeUndefined();
    expect(findExcessiveYamlDepth('a:\n  - b:\n    - c: {d: [1]}\n', 5)).toBe(3);
    expect(findExcessiveYamlDepth('a:\n  - b:\n    - c: {d: [1]}\n', 6)).toBeUndefined();
  });

  it('does not count brackets in quotes, comments, plain text or block scalars', () => {
    const deep = '['.repeat(200);
    const text = [
      `quoted: "${deep}"`,
      `single: '${deep}'`,
      `# ${deep}`,
      `plain: text${deep}`,
      'script: |',
      `  ${deep}`,
      ...Array.from({ length: 150 }, (_, i) => `${' '.repeat(i + 2)}nested text line ${i}:`),
      'folded: >-',
      `  ${deep}`,
      `multi: "line one ${deep}`,
      `  still quoted ${deep}"`,
      'after: 1',
    ].join('\n');
    expect(findExcessiveYamlDepth(text, 100)).toBeUndefined();
  });

  it('never rejects a corpus file', async () => {
    const discovery = await discoverFiles([corpusRoot], corpusRoot);
    expect(discovery.files.length).toBeGreaterThan(10);
    for (const file of discovery.files) {
      expect(findExcessiveYamlDepth(readFileSync(file.absolute, 'utf8'), 100), file.relative).toBeUndefined();
    }
  });
});
