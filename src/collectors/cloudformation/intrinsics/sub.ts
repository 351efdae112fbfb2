import { isValueMap, type ValueMap } from '../../../model/value.js';
import type { Env } from '../env.js';
import { Plan, type Site, type Step } from '../plan.js';
import { type Evaluated, isScalar, REMOVED, unknownFrom } from '../values.js';
import { type Intrinsic, listArgs, malformed } from './args.js';
import { resolveGetAtt, resolveRef } from './references.js';

type Part = { literal: string } | { variable: string };

/** Splits a `Fn::Sub` template into text and `${Name}` variables; `${!Text}` is the literal `${Text}`. */
export function parseSubTemplate(template: string): Part[] {
  const parts: Part[] = [];
  let text = '';
  let at = 0;
  for (;;) {
    const open = template.indexOf('${', at);
    const close = open < 0 ? -1 : template.indexOf('}', open + 2);
    if (open < 0 || close < 0) break;
    text += template.slice(at, open);
    const inner = template.slice(open + 2, close);
    if (inner.startsWith('!')) {
      text += `\${${inner.slice(1)}}`;
    } else {
      parts.push({ literal: text }, { variable: inner.trim() });
      text = '';
    }
    at = close + 1;
  }
  parts.push({ literal: text + template.slice(at) });
  return parts.filter((part) => !('literal' in part) || part.literal !== '');
}

function resolveVariable(name: string, variables: ValueMap | undefined, site: Site, env: Env): Evaluated {
  if (variables !== undefined && Object.hasOwn(variables, name)) return variables[name] ?? null;
  const dot = name.indexOf('.');
  if (dot > 0) return resolveGetAtt(name.slice(0, dot), name.slice(dot + 1), site, env);
  return resolveRef(name, site, env);
}

function substitute(template: string, variables: ValueMap | undefined, site: Site, env: Env): Step {
  const values = parseSubTemplate(template).map((part) =>
    'literal' in part ? part.literal : resolveVariable(part.variable, variables, site, env),
  );
  if (values.every(isScalar)) return values.map(String).join('');
  return unknownFrom('Fn::Sub of values known only at deploy time', values);
}

/** `Fn::Sub`, string form and `[template, { Name: value }]` form. */
export const fnSub: Intrinsic = (args, site, env) => {
  if (typeof args === 'string') return substitute(args, undefined, site, env);
  const inputs = listArgs('Fn::Sub', args, { min: 2, max: 2 }, site, env);
  const [template, variables] = inputs ?? [];
  if (template === undefined || variables === undefined || typeof template.raw !== 'string') {
    if (inputs !== undefined) env.report('invalid-template', 'Fn::Sub takes a template string', site.line);
    return malformed('Fn::Sub');
  }
  const text = template.raw;
  return new Plan([variables], ([map = null]) => {
    if (map !== REMOVED && isValueMap(map)) return substitute(text, map, site, env);
    env.report('invalid-template', 'Fn::Sub takes a map of variables', site.line);
    return unknownFrom('malformed Fn::Sub', [map]);
  });
};
