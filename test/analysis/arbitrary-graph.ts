import fc from 'fast-check';
import type { Gate } from '../../src/model/graph.js';
import type { PlainGraph } from './brute-force.js';

const gate: fc.Arbitrary<Gate> = fc.oneof(
  fc.constant<Gate>({ type: 'all' }),
  fc.constant<Gate>({ type: 'any' }),
  fc.integer({ min: 0, max: 4 }).map<Gate>((k) => ({ type: 'atLeast', k })),
);

/** Random graphs with cycles, self-loops and every gate kind. */
export const plainGraph: fc.Arbitrary<PlainGraph> = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc
      .uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), {
        maxLength: n * 3,
        selector: ([u, v]) => `${u}>${v}`,
      })
      .map((edges) => edges as Array<[number, number]>),
    gates: fc.array(gate, { minLength: n, maxLength: n }),
  }),
);
