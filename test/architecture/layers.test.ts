import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * design.md: data only flows left to right through the pipeline's stages. Each
 * stage folder may import only the stages before it (and the model); the CLI
 * sees the pipeline only through `scan.ts`, config and reporters.
 */
const ALLOWED: Record<string, string[]> = {
  model: [],
  graph: [],
  collectors: [],
  normalize: [],
  semantics: [],
  analysis: [],
  rules: ['analysis'],
  gate: [],
  config: ['collectors/read'],
  report: ['scan.ts', 'analysis'],
  cli: ['scan.ts', 'config', 'gate', 'report', 'rules', 'version.ts'],
  'scan.ts': ['*'],
  'version.ts': [],
};

const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function stageOf(file: string): string {
  const [first] = relative(SRC, file).split('/');
  return first ?? '';
}

describe('pipeline layers', () => {
  it('every import stays within its stage, the model, or a stage it may use', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const stage = stageOf(file);
      const allowed = ALLOWED[stage];
      expect(allowed, `unknown stage folder ${stage}`).toBeDefined();
      for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = relative(SRC, resolve(dirname(file), match[1] as string)).replace(/\.js$/, '.ts');
        const targetStage = target.split('/')[0] as string;
        // The model and the generic graph algorithms serve every stage.
        if (
          targetStage === stage ||
          targetStage === 'model' ||
          targetStage === 'graph' ||
          allowed?.includes('*')
        )
          continue;
        if (allowed?.some((a) => target === a || target.startsWith(`${a}/`) || targetStage === a)) continue;
        violations.push(`${relative(SRC, file)} imports ${target}`);
      }
    }
    expect(violations).toEqual([]);
  });
});
