import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../../src/collectors/read/index.js';
import { gitInit, makeFolder, removeFolder, run } from './temp-folder.js';

const folders: string[] = [];
async function folder(files: Record<string, string> = {}): Promise<string> {
  const made = await makeFolder(files);
  folders.push(made);
  return made;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeFolder));
});

const relatives = (discovery: Awaited<ReturnType<typeof discoverFiles>>) =>
  discovery.files.map((f) => f.relative);

describe('discoverFiles', () => {
  it('reports a path that does not exist, naming it', async () => {
    const root = await folder({ 'a.yaml': 'a: 1\n' });
    const discovery = await discoverFiles(['missing', '.'], root);
    expect(discovery.diagnostics).toEqual([
      expect.objectContaining({ code: 'path-not-found', level: 'error', file: 'missing' }),
    ]);
    expect(discovery.diagnostics[0]?.message).toContain('missing');
    expect(relatives(discovery)).toEqual(['a.yaml']);
  });

  it('returns nothing, without error, when there are no paths or no inputs', async () => {
    const root = await folder({ 'README.md': '# x\n' });
    expect(await discoverFiles([], root)).toEqual({ files: [], coverage: [], diagnostics: [] });
    expect(await discoverFiles(['.'], root)).toEqual({ files: [], coverage: [], diagnostics: [] });
  });

  it('walks a plain folder: default extensions, sorted, .git and node_modules skipped, .gitignore honoured', async () => {
    const root = await folder({
      'b.yml': 'b: 1\n',
      'a/z.template': '{}',
      'a/y.json': '{}',
      'a/notes.txt': 'x',
      'C.YAML': 'c: 1\n',
      'node_modules/pkg/x.yaml': 'x: 1\n',
      '.git/config.yaml': 'x: 1\n',
      '.gitignore': '# build output\nbuild/\n*.gen.yaml\n!keep.gen.yaml\n/top.yaml\n\nlogs/**/*.json\n',
      'build/out.yaml': 'x: 1\n',
      'x.gen.yaml': 'x: 1\n',
      'keep.gen.yaml': 'x: 1\n',
      'top.yaml': 'x: 1\n',
      'sub/top.yaml': 'x: 1\n',
      'logs/a/b/c.json': '{}',
      'sub/.gitignore': 'local.yaml\n',
      'sub/local.yaml': 'x: 1\n',
      'local.yaml': 'x: 1\n',
    });
    const discovery = await discoverFiles(['.'], root);
    expect(relatives(discovery)).toEqual([
      'C.YAML',
      'a/y.json',
      'a/z.template',
      'b.yml',
      'keep.gen.yaml',
      'local.yaml',
      'sub/top.yaml',
    ]);
    expect(discovery.files[0]?.absolute).toBe(join(root, 'C.YAML'));
    expect(discovery.diagnostics).toEqual([]);
  });

  it('uses git ls-files inside a work tree: tracked and untracked, ignored left out, deleted dropped', async () => {
    const root = await folder({
      '.gitignore': 'ignored/\n',
      'ignored/x.yaml': 'x: 1\n',
      'infra/vpc.yaml': 'a: 1\n',
      'infra/gone.yaml': 'a: 1\n',
      'node_modules/.keep': '',
    });
    await gitInit(root);
    await run('git', ['add', 'infra/gone.yaml'], { cwd: root });
    await run('rm', [join(root, 'infra/gone.yaml')]);
    // git ignores nothing it was not told to: .git/info/exclude is honoured through --exclude-standard.
    await writeFile(join(root, '.git', 'info', 'exclude'), 'secret.yaml\n');
    await writeFile(join(root, 'secret.yaml'), 'a: 1\n');
    await writeFile(join(root, 'untracked.json'), '{}');
    const discovery = await discoverFiles(['.'], root);
    expect(relatives(discovery)).toEqual(['infra/vpc.yaml', 'untracked.json']);
  });

  it('lists a subfolder of a git work tree relative to the root', async () => {
    const root = await folder({ 'infra/a.yaml': 'a: 1\n', 'other/b.yaml': 'b: 1\n' });
    await gitInit(root);
    const discovery = await discoverFiles(['infra'], root);
    expect(relatives(discovery)).toEqual(['infra/a.yaml']);
  });

  for (const mode of ['plain', 'git'] as const) {
    it(`excludes .spofignore matches into coverage (${mode} mode)`, async () => {
      const root = await folder({
        '.spofignore': 'fixtures/\n*.test.yaml\n!fixtures/nope.yaml\n',
        'fixtures/bad.yaml': 'x: [\n',
        'fixtures/nope.yaml': 'x: 1\n',
        'a.test.yaml': 'x: 1\n',
        'main.yaml': 'x: 1\n',
      });
      if (mode === 'git') await gitInit(root);
      const discovery = await discoverFiles(['.'], root);
      expect(relatives(discovery)).toEqual(['main.yaml']);
      expect(discovery.coverage).toEqual([
        { file: 'a.test.yaml', status: 'excluded', reason: 'excluded by .spofignore' },
        { file: 'fixtures/bad.yaml', status: 'excluded', reason: 'excluded by .spofignore' },
        { file: 'fixtures/nope.yaml', status: 'excluded', reason: 'excluded by .spofignore' },
      ]);
      expect(discovery.diagnostics).toEqual([]);
    });
  }

  it('reads a file named explicitly whatever its extension', async () => {
    const root = await folder({ 'stack.cfn': 'a: 1\n', 'other.cfn': 'b: 1\n' });
    const discovery = await discoverFiles(['stack.cfn'], root);
    expect(relatives(discovery)).toEqual(['stack.cfn']);
  });

  it('honours custom extensions', async () => {
    const root = await folder({ 'a.yaml': '', 'b.tf': '' });
    expect(relatives(await discoverFiles(['.'], root, { extensions: ['.tf'] }))).toEqual(['b.tf']);
  });

  for (const mode of ['plain', 'git'] as const) {
    it(`never follows a link out of the root (${mode} mode)`, async () => {
      const root = await folder({ 'ok.yaml': 'a: 1\n' });
      await symlink('/etc/passwd', join(root, 'x.yaml'));
      if (mode === 'git') await gitInit(root);
      const discovery = await discoverFiles(['.'], root);
      expect(relatives(discovery)).toEqual(['ok.yaml']);
      expect(discovery.diagnostics).toEqual([
        expect.objectContaining({ code: 'symlink-outside-root', level: 'error', file: 'x.yaml' }),
      ]);
      expect(discovery.coverage).toEqual([expect.objectContaining({ file: 'x.yaml', status: 'skipped' })]);
    });
  }

  it('lets .spofignore exclude a link out of the root on purpose, without an error', async () => {
    const root = await folder({ '.spofignore': 'vendor.yaml\n' });
    await symlink('/etc/passwd', join(root, 'vendor.yaml'));
    const discovery = await discoverFiles(['.'], root);
    expect(discovery.diagnostics).toEqual([]);
    expect(discovery.coverage).toEqual([
      { file: 'vendor.yaml', status: 'excluded', reason: 'excluded by .spofignore' },
    ]);
  });

  it('never follows an explicitly named link out of the root', async () => {
    const root = await folder();
    await symlink('/etc/passwd', join(root, 'x.yaml'));
    const discovery = await discoverFiles(['x.yaml'], root);
    expect(discovery.files).toEqual([]);
    expect(discovery.diagnostics.map((d) => [d.code, d.file])).toEqual([['symlink-outside-root', 'x.yaml']]);
  });

  it('reports a folder link out of the root in plain mode', async () => {
    const root = await folder({ 'a.yaml': 'a: 1\n' });
    await symlink('/etc', join(root, 'etc'));
    const discovery = await discoverFiles(['.'], root);
    expect(relatives(discovery)).toEqual(['a.yaml']);
    expect(discovery.diagnostics.map((d) => [d.code, d.file])).toEqual([['symlink-outside-root', 'etc']]);
  });

  it('follows links that stay inside the root, to files and folders', async () => {
    const root = await folder({ 'real/a.yaml': 'a: 1\n', 'templates/t.yaml': 't: 1\n' });
    await symlink('real/a.yaml', join(root, 'alias.yaml'));
    await mkdir(join(root, 'more'));
    await symlink('../templates', join(root, 'more', 'linked'));
    const discovery = await discoverFiles(['real', 'alias.yaml', 'more'], root);
    expect(relatives(discovery)).toEqual(['alias.yaml', 'more/linked/t.yaml', 'real/a.yaml']);
    expect(discovery.files.find((f) => f.relative === 'alias.yaml')?.absolute).toBe(
      join(root, 'real', 'a.yaml'),
    );
    expect(discovery.diagnostics).toEqual([]);
  });

  it('ends on a folder link cycle and lists each folder once', async () => {
    const root = await folder({ 'a/x.yaml': 'x: 1\n' });
    await symlink('..', join(root, 'a', 'up'));
    await symlink('../a', join(root, 'a', 'self'));
    const discovery = await discoverFiles(['.'], root);
    expect(relatives(discovery)).toEqual(['a/x.yaml']);
    expect(discovery.diagnostics).toEqual([]);
  });

  it('skips a FIFO with not-regular-file, without blocking', async () => {
    const root = await folder({ 'a.yaml': 'a: 1\n' });
    await run('mkfifo', [join(root, 'pipe.yaml')]);
    const started = Date.now();
    const walked = await discoverFiles(['.'], root);
    const named = await discoverFiles(['pipe.yaml'], root);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(relatives(walked)).toEqual(['a.yaml']);
    for (const discovery of [walked, named]) {
      expect(discovery.diagnostics.map((d) => [d.code, d.file])).toEqual([['not-regular-file', 'pipe.yaml']]);
      expect(discovery.coverage).toEqual([expect.objectContaining({ file: 'pipe.yaml', status: 'skipped' })]);
    }
  });

  it('reports a broken link that looks like an input', async () => {
    const root = await folder();
    await symlink('nowhere.yaml', join(root, 'dangling.yaml'));
    const discovery = await discoverFiles(['.'], root);
    expect(discovery.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['not-regular-file', 'dangling.yaml'],
    ]);
  });

  it('does not list a file twice when paths overlap', async () => {
    const root = await folder({ 'infra/a.yaml': 'a: 1\n' });
    const discovery = await discoverFiles(['infra', '.', 'infra/a.yaml'], root);
    expect(relatives(discovery)).toEqual(['infra/a.yaml']);
  });

  for (const mode of ['plain', 'git'] as const) {
    it(`discovers 3,000 small files in a few seconds (${mode} mode)`, async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 3000; i += 1) files[`d${i % 30}/f${i}.yaml`] = `n: ${i}\n`;
      const root = await folder(files);
      if (mode === 'git') await gitInit(root);
      const started = Date.now();
      const discovery = await discoverFiles(['.'], root);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(discovery.files).toHaveLength(3000);
      expect(relatives(discovery)).toEqual([...relatives(discovery)].sort());
    });
  }
});
