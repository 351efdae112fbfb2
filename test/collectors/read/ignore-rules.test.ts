import { describe, expect, it } from 'vitest';
import { IgnoreMatcher } from '../../../src/collectors/read/ignore-matcher.js';
import { parseIgnoreFile } from '../../../src/collectors/read/ignore-rules.js';

const matcher = (text: string, base = '') => new IgnoreMatcher([{ base, rules: parseIgnoreFile(text) }]);

describe('gitignore subset', () => {
  it.each([
    // pattern, path, is folder, ignored
    ['*.log', 'a.log', false, true],
    ['*.log', 'deep/er/a.log', false, true],
    ['*.log', 'a.log.txt', false, false],
    ['/top.yaml', 'top.yaml', false, true],
    ['/top.yaml', 'sub/top.yaml', false, false],
    ['doc/frotz', 'doc/frotz', false, true],
    ['doc/frotz', 'a/doc/frotz', false, false],
    ['build/', 'build', true, true],
    ['build/', 'build', false, false],
    ['build/', 'x/build/out.yaml', false, true],
    ['**/foo', 'foo', false, true],
    ['**/foo', 'a/b/foo', false, true],
    ['a/**/b', 'a/b', false, true],
    ['a/**/b', 'a/x/y/b', false, true],
    ['a/**', 'a/x/y', false, true],
    ['a/**', 'a', true, false],
    ['f?o.yaml', 'foo.yaml', false, true],
    ['f?o.yaml', 'fo.yaml', false, false],
    ['f?o.yaml', 'f/o.yaml', false, false],
    ['*', 'anything/at/all', false, true],
    ['[ab].yaml', 'a.yaml', false, true],
    ['[!ab].yaml', 'a.yaml', false, false],
    ['[!ab].yaml', 'c.yaml', false, true],
    ['\\#hash.yaml', '#hash.yaml', false, true],
    ['\\!bang.yaml', '!bang.yaml', false, true],
    ['# a comment', '# a comment', false, false],
    ['a.yaml   ', 'a.yaml', false, true],
    ['*.yaml\n!keep.yaml', 'keep.yaml', false, false],
    ['*.yaml\n!keep.yaml', 'other.yaml', false, true],
    ['dir/\n!dir/keep.yaml', 'dir/keep.yaml', false, true],
  ] as const)('%j on %s (folder %s) → ignored %s', (pattern, path, isFolder, ignored) => {
    expect(matcher(pattern).ignores(path, isFolder)).toBe(ignored);
  });

  it('applies a nested ignore file only below its folder, after the outer ones', () => {
    const nested = new IgnoreMatcher([
      { base: '', rules: parseIgnoreFile('*.yaml\n') },
      { base: 'sub', rules: parseIgnoreFile('!keep.yaml\n/anchored.json\n') },
    ]);
    expect(nested.ignores('sub/keep.yaml', false)).toBe(false);
    expect(nested.ignores('keep.yaml', false)).toBe(true);
    expect(nested.ignores('sub/anchored.json', false)).toBe(true);
    expect(nested.ignores('sub/x/anchored.json', false)).toBe(false);
    expect(nested.ignores('anchored.json', false)).toBe(false);
  });
});
