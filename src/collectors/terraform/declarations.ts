// Gathers a module's top-level blocks from every file of its folder (Terraform language docs, "Modules":
// all .tf files of a directory form one module).

import type { BlockHeader } from './headers.js';

/** A block's raw body as hcl2json returned it, with where its header is. */
export interface Block {
  file: string;
  line: number;
  body: Record<string, unknown>;
}

/** A declared resource or data source; `type` is its first label. */
export interface TypedBlock extends Block {
  type: string;
}

/** One local value with the line of its `locals` block. */
export interface LocalValue {
  file: string;
  line: number;
  raw: unknown;
}

/** Everything the folder declares, keyed by Terraform address (`aws_subnet.a`, `aws.secondary`). */
export interface Declarations {
  resources: Map<string, TypedBlock>;
  data: Map<string, TypedBlock>;
  variables: Map<string, Block>;
  locals: Map<string, LocalValue>;
  providers: Map<string, Block>;
  /** Module calls by name; not expanded yet. */
  modules: Map<string, Block>;
  /** Resources, data sources or variables declared twice (the later declaration, which Terraform rejects). */
  duplicates: Block[];
}

export function emptyDeclarations(): Declarations {
  return {
    resources: new Map(),
    data: new Map(),
    variables: new Map(),
    locals: new Map(),
    providers: new Map(),
    modules: new Map(),
    duplicates: [],
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The bodies of a block kind with one label: `{ name: [body, ...] }`. */
function labelled(value: unknown): [string, Record<string, unknown>][] {
  if (!isRecord(value)) return [];
  // Native syntax gives a list of bodies; JSON syntax may give one object. `//` keys are JSON comments.
  return Object.entries(value).flatMap(([name, bodies]) => {
    if (name === '//') return [];
    const list = Array.isArray(bodies) ? bodies.filter(isRecord) : isRecord(bodies) ? [bodies] : [];
    return list.map((body): [string, Record<string, unknown>] => [name, body]);
  });
}

/** The bodies of a block kind with two labels: `{ type: { name: [body] } }`. */
function typed(value: unknown): [string, string, Record<string, unknown>][] {
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([type, names]) =>
    (type === '//' ? [] : labelled(names)).map(([name, body]): [string, string, Record<string, unknown>] => [
      type,
      name,
      body,
    ]),
  );
}

function setOnce<T extends Block>(into: Declarations, map: Map<string, T>, key: string, block: T): void {
  if (map.has(key)) into.duplicates.push(block);
  else map.set(key, block);
}

/** Adds one parsed file's blocks; `headers` gives each block's line (same order as the parser's). */
export function addFile(into: Declarations, file: string, parsed: unknown, headers: BlockHeader[]): void {
  if (!isRecord(parsed)) return;
  const lines = new Map<string, number[]>();
  for (const header of headers) {
    const key = [header.kind, ...header.labels].join('.');
    lines.set(key, [...(lines.get(key) ?? []), header.line]);
  }
  // Blocks with the same header (provider aliases, duplicates) come in source order from both the parser and the scanner.
  const seen = new Map<string, number>();
  const lineOf = (key: string) => {
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return lines.get(key)?.[occurrence] ?? lines.get(key)?.[0] ?? 1;
  };
  for (const [type, name, body] of typed(parsed.resource))
    setOnce(into, into.resources, `${type}.${name}`, {
      file,
      line: lineOf(`resource.${type}.${name}`),
      body,
      type,
    });
  for (const [type, name, body] of typed(parsed.data))
    setOnce(into, into.data, `${type}.${name}`, { file, line: lineOf(`data.${type}.${name}`), body, type });
  for (const [name, body] of labelled(parsed.variable))
    setOnce(into, into.variables, name, { file, line: lineOf(`variable.${name}`), body });
  for (const [name, body] of labelled(parsed.module))
    setOnce(into, into.modules, name, { file, line: lineOf(`module.${name}`), body });
  for (const [name, body] of labelled(parsed.provider)) {
    const key = typeof body.alias === 'string' ? `${name}.${body.alias}` : name;
    into.providers.set(key, { file, line: lineOf(`provider.${name}`), body });
  }
  const locals = Array.isArray(parsed.locals)
    ? parsed.locals.filter(isRecord)
    : isRecord(parsed.locals)
      ? [parsed.locals]
      : [];
  for (const body of locals) {
    const localsLine = lineOf('locals');
    for (const [name, raw] of Object.entries(body))
      if (name !== '//') into.locals.set(name, { file, line: localsLine, raw });
  }
}
