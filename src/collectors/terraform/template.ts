// Template strings (HCL native syntax spec, "Template Expressions"): literal text with `${...}` parts.

import type { Expr } from './expression.js';
import { closeOf, NotUnderstood, tokenize } from './lexer.js';
import { MAX_DEPTH, Parser } from './parser.js';

/** Parses template source (`a-${var.x}-b`); a lone `${expr}` is the expression itself. */
export function parseTemplate(source: string, depth = 0): Expr {
  if (depth > MAX_DEPTH) throw new NotUnderstood('too deeply nested');
  const parts: (string | Expr)[] = [];
  let literal = '';
  let i = 0;
  while (i < source.length) {
    if (source.startsWith('$${', i) || source.startsWith('%%{', i)) {
      literal += source.slice(i + 1, i + 3);
      i += 3;
    } else if (source.startsWith('%{', i)) {
      throw new NotUnderstood('template directive');
    } else if (source.startsWith('${', i)) {
      const end = closeOf(source, i + 2, 'template');
      if (literal !== '') parts.push(literal);
      literal = '';
      parts.push(parseExpression(source.slice(i + 2, end - 1).replace(/^~|~$/g, ''), depth + 1));
      i = end;
    } else {
      literal += source[i];
      i += 1;
    }
  }
  if (literal !== '') parts.push(literal);
  if (parts.length === 1 && typeof parts[0] !== 'string') return parts[0] as Expr;
  if (parts.every((part) => typeof part === 'string')) return { kind: 'literal', value: parts.join('') };
  return { kind: 'template', parts };
}

export function parseExpression(source: string, depth = 0): Expr {
  const parser = new Parser(tokenize(source), depth, parseTemplate);
  const expr = parser.expression();
  if (!parser.done()) throw new NotUnderstood('trailing tokens');
  return expr;
}
