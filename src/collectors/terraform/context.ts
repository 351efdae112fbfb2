// Resolves variables, locals, counts and provider regions of one module, each once (memoised, cycle-safe).

import type { DiagnosticCode, DiagnosticLevel } from '../../model/diagnostic.js';
import { RefValue, type Value } from '../../model/value.js';
import type { Declarations } from './declarations.js';
import { evaluate, type Instances, type Scope } from './evaluate.js';
import { NotUnderstood } from './lexer.js';
import { parseTemplate } from './template.js';
import { isKnown, newMap, unknown } from './values.js';

/** Where an expression is written, for diagnostics. */
export interface Site {
  file: string;
  line: number;
}

export type Report = (code: DiagnosticCode, level: DiagnosticLevel, message: string, site: Site) => void;

/** Raw values nested deeper than this are not read. */
const MAX_DEPTH = 48;
const REFERENCE = /\b([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)/g;

/** One instance's `count.index` / `each.*`. */
export interface InstanceBindings {
  countIndex?: Value;
  eachKey?: Value;
  eachValue?: Value;
}

export class ModuleContext {
  private readonly locals = new Map<string, Value>();
  private readonly instances = new Map<string, Instances>();
  private readonly eachValues = new Map<string, Map<string, Value>>();
  private readonly pending = new Set<string>();

  constructor(
    readonly declarations: Declarations,
    private readonly tfvars: Map<string, Value>,
    readonly report: Report,
  ) {}

  scope(site: Site, bindings: InstanceBindings = {}): Scope {
    return {
      ...bindings,
      variable: (name) => this.variable(name),
      local: (name) => this.local(name),
      resource: (address) => this.resourceInstances(address),
      dataRegion: (address) => this.dataRegion(address),
      dangling: (what) => this.report('dangling-reference', 'error', `${what} is not declared`, site),
    };
  }

  /** Evaluates a raw hcl2json value: strings are template source, objects and lists are walked. */
  evaluateRaw(raw: unknown, scope: Scope, depth = 0): Value {
    if (depth > MAX_DEPTH) return unknown('a value nested too deeply');
    if (typeof raw === 'string') {
      try {
        return evaluate(parseTemplate(raw), scope);
      } catch (error) {
        if (!(error instanceof NotUnderstood)) throw error;
        const refs = [...raw.matchAll(REFERENCE)]
          .map((match) => `${match[1]}.${match[2]}`)
          .filter((address) => this.declarations.resources.has(address))
          .map((address) => new RefValue(address));
        return unknown('an expression spof does not read', refs);
      }
    }
    if (typeof raw === 'number' || typeof raw === 'boolean' || raw === null) return raw;
    if (Array.isArray(raw)) return raw.map((item) => this.evaluateRaw(item, scope, depth + 1));
    if (typeof raw !== 'object') return unknown('an unreadable value');
    const map = newMap();
    for (const [key, value] of Object.entries(raw))
      map[key] = key === 'dynamic' ? unknown('a dynamic block') : this.evaluateRaw(value, scope, depth + 1);
    return map;
  }

  private variable(name: string): Value | undefined {
    const block = this.declarations.variables.get(name);
    if (block === undefined) return undefined;
    const assigned = this.tfvars.get(name);
    if (assigned !== undefined) return assigned;
    if (!('default' in block.body)) return unknown(`variable ${name} has no default`);
    return this.evaluateRaw(block.body.default, this.scope(block));
  }

  local(name: string): Value | undefined {
    const declared = this.declarations.locals.get(name);
    if (declared === undefined) return undefined;
    const key = `local.${name}`;
    const known = this.locals.get(name);
    if (known !== undefined) return known;
    if (this.pending.has(key)) return unknown(`local ${name} refers to itself`);
    this.pending.add(key);
    const value = this.evaluateRaw(declared.raw, this.scope(declared));
    this.pending.delete(key);
    this.locals.set(name, value);
    return value;
  }

  /** `each.value` of one instance of a resource expanded by `for_each`. */
  eachValue(address: string, key: string): Value | undefined {
    return this.eachValues.get(address)?.get(key);
  }

  resourceInstances(address: string): Instances | undefined {
    const block = this.declarations.resources.get(address);
    if (block === undefined) return undefined;
    const known = this.instances.get(address);
    if (known !== undefined) return known;
    if (this.pending.has(address)) return { kind: 'unknown' };
    this.pending.add(address);
    const instances = this.expansion(address, block.body, this.scope(block));
    this.pending.delete(address);
    this.instances.set(address, instances);
    return instances;
  }

  private expansion(address: string, body: Record<string, unknown>, scope: Scope): Instances {
    if ('count' in body) {
      const evaluated = this.evaluateRaw(body.count, scope);
      // Terraform converts a numeric string to the number `count` needs.
      const count = typeof evaluated === 'string' && /^\d+$/.test(evaluated) ? Number(evaluated) : evaluated;
      return typeof count === 'number' && Number.isInteger(count) && count >= 0
        ? { kind: 'count', count }
        : { kind: 'unknown' };
    }
    if (!('for_each' in body)) return { kind: 'single' };
    const collection = this.evaluateRaw(body.for_each, scope);
    const values = new Map<string, Value>();
    if (Array.isArray(collection) && collection.every((item) => typeof item === 'string'))
      for (const item of collection) values.set(item, item);
    else if (
      typeof collection === 'object' &&
      collection !== null &&
      !Array.isArray(collection) &&
      isKnown(collection)
    )
      for (const [key, value] of Object.entries(collection)) values.set(key, value);
    else return { kind: 'unknown' };
    this.eachValues.set(address, values);
    return { kind: 'keys', keys: [...values.keys()].sort() };
  }

  /** The region configured on a provider (`aws`, `aws.secondary`); undefined when not known. */
  providerRegion(key: string): string | undefined {
    const block = this.declarations.providers.get(key);
    if (block === undefined || !('region' in block.body)) return undefined;
    const region = this.evaluateRaw(block.body.region, this.scope(block));
    return typeof region === 'string' ? region : undefined;
  }

  /** The provider a resource or data source uses: its `provider` argument, else the type's prefix. */
  providerOf(block: { type: string; body: Record<string, unknown> }): string {
    const explicit = block.body.provider;
    if (typeof explicit === 'string') return explicit.replace(/^\$\{\s*|\s*\}$/g, '');
    return block.type.split('_')[0] ?? block.type;
  }

  private dataRegion(address: string): string | undefined | null {
    const block = this.declarations.data.get(address);
    return block === undefined ? null : this.providerRegion(this.providerOf(block));
  }
}
