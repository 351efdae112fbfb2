import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/io.js';
import { pairReports } from '../../src/cli/reports.js';

describe('pairing --format with --output', () => {
  it('defaults to the console report on stdout', () => {
    expect(pairReports([])).toEqual([{ format: 'console' }]);
  });

  it('pairs each --output with the --format before it, and adds console on stdout when no report goes there', () => {
    const flags = [
      { flag: 'format', value: 'json' },
      { flag: 'output', value: 'a.json' },
      { flag: 'format', value: 'sarif' },
      { flag: 'output', value: 'a.sarif' },
    ] as const;
    expect(pairReports(flags)).toEqual([
      { format: 'console' },
      { format: 'json', output: 'a.json' },
      { format: 'sarif', output: 'a.sarif' },
    ]);
  });

  it('sends a format without output to stdout, and then adds no console report', () => {
    const flags = [
      { flag: 'format', value: 'sarif' },
      { flag: 'format', value: 'json' },
      { flag: 'output', value: 'a.json' },
    ] as const;
    expect(pairReports(flags)).toEqual([{ format: 'sarif' }, { format: 'json', output: 'a.json' }]);
  });

  it('refuses two reports on stdout, an --output with no --format before it, and unknown formats', () => {
    expect(() =>
      pairReports([
        { flag: 'format', value: 'json' },
        { flag: 'format', value: 'sarif' },
      ]),
    ).toThrow(UsageError);
    expect(() => pairReports([{ flag: 'output', value: 'a.json' }])).toThrow(/needs a --format before it/);
    const twice = [
      { flag: 'format', value: 'json' },
      { flag: 'output', value: 'a' },
      { flag: 'output', value: 'b' },
    ] as const;
    expect(() => pairReports(twice)).toThrow(/--output b needs a --format/);
    expect(() => pairReports([{ flag: 'format', value: 'html' }])).toThrow(/unknown report format "html"/);
    const same = [
      { flag: 'format', value: 'json' },
      { flag: 'output', value: 'r' },
      { flag: 'format', value: 'sarif' },
      { flag: 'output', value: 'r' },
    ] as const;
    expect(() => pairReports(same)).toThrow(/two reports would be written to r/);
  });
});
