// The expression tree of the subset we read (HCL native syntax spec, "Expressions").

/** One traversal step: `.name`, `[key]`, or a splat (`[*]`, `.*`). */
export type Step = { kind: 'attr'; name: string } | { kind: 'index'; key: Expr } | { kind: 'splat' };

/** A parsed expression. */
export type Expr =
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'template'; parts: (string | Expr)[] }
  | { kind: 'list'; items: Expr[] }
  | { kind: 'map'; entries: [Expr, Expr][] }
  | { kind: 'traversal'; root: string; steps: Step[] }
  | { kind: 'call'; name: string; args: Expr[]; steps: Step[] }
  | { kind: 'opaque'; reason: string; parts: Expr[]; binders: string[] };
