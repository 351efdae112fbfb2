// Parser for the expression subset (HCL native syntax spec, "Expressions"). Operators, conditionals and
// `for` expressions are parsed only to keep the references inside them (kind `opaque`).

import type { Expr, Step } from './expression.js';
import { NotUnderstood, type Token } from './lexer.js';

/** Nesting deeper than this is not read (no unbounded recursion on input). */
export const MAX_DEPTH = 48;
const BINARY = new Set(['||', '&&', '==', '!=', '<', '>', '<=', '>=', '+', '-', '*', '/', '%']);

/** Recursive descent over tokens; depth is bounded by MAX_DEPTH. */
export class Parser {
  private position = 0;
  constructor(
    private readonly tokens: Token[],
    private depth: number,
    /** Parses a string token's template source (injected to avoid an import cycle). */
    private readonly template: (source: string, depth: number) => Expr,
  ) {}

  done(): boolean {
    return this.position >= this.tokens.length;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.position + offset];
  }

  private is(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token !== undefined && token.type !== 'str' && token.text === text;
  }

  private next(): Token {
    const token = this.tokens[this.position];
    if (token === undefined) throw new NotUnderstood('unexpected end');
    this.position += 1;
    return token;
  }

  private expect(text: string): void {
    if (!this.is(text)) throw new NotUnderstood(`expected ${text}`);
    this.position += 1;
  }

  private enter(): void {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) throw new NotUnderstood('too deeply nested');
  }

  expression(): Expr {
    this.enter();
    const parts = [this.unary()];
    while (this.peek()?.type === 'punct' && BINARY.has(this.peek()?.text ?? '')) {
      this.next();
      parts.push(this.unary());
    }
    let result: Expr =
      parts.length === 1 ? (parts[0] as Expr) : { kind: 'opaque', reason: 'operator', parts, binders: [] };
    if (this.is('?')) {
      this.next();
      const whenTrue = this.expression();
      this.expect(':');
      const whenFalse = this.expression();
      result = { kind: 'opaque', reason: 'conditional', parts: [result, whenTrue, whenFalse], binders: [] };
    }
    this.depth -= 1;
    return result;
  }

  private unary(): Expr {
    if (this.is('-') && this.peek(1)?.type === 'num') {
      this.next();
      return { kind: 'literal', value: -Number(this.next().text) };
    }
    if (this.is('!') || this.is('-')) {
      this.next();
      return { kind: 'opaque', reason: 'operator', parts: [this.unary()], binders: [] };
    }
    return this.postfix(this.primary());
  }

  private primary(): Expr {
    const token = this.next();
    if (token.type === 'num') return { kind: 'literal', value: Number(token.text) };
    if (token.type === 'str') return this.template(token.text, this.depth + 1);
    if (token.type === 'ident') {
      if (token.text === 'true' || token.text === 'false')
        return { kind: 'literal', value: token.text === 'true' };
      if (token.text === 'null') return { kind: 'literal', value: null };
      if (this.is('(')) return { kind: 'call', name: token.text, args: this.callArgs(), steps: [] };
      return { kind: 'traversal', root: token.text, steps: [] };
    }
    if (token.text === '(') {
      const inner = this.expression();
      this.expect(')');
      return inner;
    }
    if (token.text === '[') return this.is('for') ? this.forExpression(']') : this.list();
    if (token.text === '{') return this.is('for') ? this.forExpression('}') : this.map();
    throw new NotUnderstood(`unexpected ${token.text}`);
  }

  private callArgs(): Expr[] {
    this.expect('(');
    const args: Expr[] = [];
    while (!this.is(')')) {
      args.push(this.expression());
      if (this.is('...')) throw new NotUnderstood('argument expansion');
      if (!this.is(')')) this.expect(',');
    }
    this.next();
    return args;
  }

  private list(): Expr {
    const items: Expr[] = [];
    while (!this.is(']')) {
      items.push(this.expression());
      if (!this.is(']')) this.expect(',');
    }
    this.next();
    return { kind: 'list', items };
  }

  private map(): Expr {
    const entries: [Expr, Expr][] = [];
    while (!this.is('}')) {
      const keyToken = this.peek();
      const key: Expr =
        keyToken?.type === 'ident' && (this.is('=', 1) || this.is(':', 1))
          ? { kind: 'literal', value: this.next().text }
          : this.unary();
      if (this.is('=') || this.is(':')) this.next();
      else throw new NotUnderstood('expected = in object');
      entries.push([key, this.expression()]);
      if (this.is(',')) this.next();
    }
    this.next();
    return { kind: 'map', entries };
  }

  private forExpression(close: string): Expr {
    this.next();
    const binders = [this.next().text];
    if (this.is(',')) {
      this.next();
      binders.push(this.next().text);
    }
    this.expect('in');
    const parts = [this.expression()];
    this.expect(':');
    parts.push(this.expression());
    if (this.is('=>')) {
      this.next();
      parts.push(this.expression());
      if (this.is('...')) this.next();
    }
    if (this.is('if')) {
      this.next();
      parts.push(this.expression());
    }
    this.expect(close);
    return { kind: 'opaque', reason: 'for expression', parts, binders };
  }

  private postfix(base: Expr): Expr {
    const steps: Step[] = [];
    for (;;) {
      if (this.is('.') && this.peek(1)?.type === 'ident') {
        this.next();
        steps.push({ kind: 'attr', name: this.next().text });
      } else if (this.is('.') && this.peek(1)?.type === 'num') {
        this.next();
        steps.push({ kind: 'index', key: { kind: 'literal', value: Number(this.next().text) } });
      } else if ((this.is('.') && this.is('*', 1)) || (this.is('[') && this.is('*', 1) && this.is(']', 2))) {
        this.position += this.is('[') ? 3 : 2;
        steps.push({ kind: 'splat' });
      } else if (this.is('[')) {
        this.next();
        steps.push({ kind: 'index', key: this.expression() });
        this.expect(']');
      } else break;
    }
    if (steps.length === 0) return base;
    if (base.kind === 'traversal' || base.kind === 'call')
      return { ...base, steps: [...base.steps, ...steps] };
    return { kind: 'opaque', reason: 'indexed expression', parts: [base], binders: [] };
  }
}
