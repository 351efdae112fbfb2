import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../../src/collectors/terraform/json-error.js';

describe('jsonErrorOffset', () => {
  it('points at the first token that breaks the grammar', () => {
    expect(jsonErrorOffset('{"a": ,}')).toBe(6);
    expect(jsonErrorOffset('{"a": 1 "b": 2}')).toBe(8);
    expect(jsonErrorOffset('[1, 2,, 3]')).toBe(6);
    expect(jsonErrorOffset('{"a": [1}')).toBe(8);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('{} {}')).toBe(3);
  });

  it('gives the text length when the text ends too early, and for valid text', () => {
    expect(jsonErrorOffset('{"a": [1, 2')).toBe(11);
    expect(jsonErrorOffset('{"a": {"b": [true, null, -1.5e3, "x\\"y"]}}')).toBe(42);
  });
});
