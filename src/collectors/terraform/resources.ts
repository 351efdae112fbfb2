// Turns each managed resource into one fact per instance (Terraform language docs, "count", "for_each").

import type { ResourceFact } from '../../model/facts.js';
import type { ValueMap } from '../../model/value.js';
import type { InstanceBindings, ModuleContext } from './context.js';
import type { TypedBlock } from './declarations.js';
import { instanceKey, newMap, unknown } from './values.js';

/** Arguments that steer Terraform rather than describe the resource. */
const META_ARGUMENTS = new Set([
  'count',
  'for_each',
  'provider',
  'depends_on',
  'lifecycle',
  'provisioner',
  'connection',
  '//',
]);

const ADDRESS = /^\$\{\s*([A-Za-z_][A-Za-z0-9_-]*\.[A-Za-z_][A-Za-z0-9_-]*)\s*\}$/;

/** `depends_on` entries as instance ids: a counted resource stands for all its instances. */
function dependencies(context: ModuleContext, block: TypedBlock, address: string): string[] {
  const raw = block.body.depends_on;
  if (!Array.isArray(raw)) return [];
  const ids: string[] = [];
  for (const entry of raw) {
    const target = typeof entry === 'string' ? ADDRESS.exec(entry)?.[1] : undefined;
    if (target === undefined) continue;
    const instances = context.resourceInstances(target);
    if (instances === undefined) {
      context.scope(block).dangling(target);
      continue;
    }
    if (target === address) continue;
    if (instances.kind === 'single') ids.push(target);
    else if (instances.kind === 'count')
      for (let index = 0; index < instances.count; index += 1) ids.push(`${target}[${index}]`);
    else if (instances.kind === 'keys')
      ids.push(...instances.keys.map((key) => `${target}${instanceKey(key)}`));
    else ids.push(`${target}[*]`);
  }
  return [...new Set(ids)].sort();
}

function properties(context: ModuleContext, block: TypedBlock, bindings: InstanceBindings): ValueMap {
  const scope = context.scope(block, bindings);
  const result = newMap();
  for (const [key, raw] of Object.entries(block.body).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (META_ARGUMENTS.has(key)) continue;
    result[key] = key === 'dynamic' ? unknown('a dynamic block') : context.evaluateRaw(raw, scope);
  }
  return result;
}

/** The facts of one resource block, one per known instance or one `[*]` fact when the count is unknown. */
export function resourceFacts(context: ModuleContext, address: string, block: TypedBlock): ResourceFact[] {
  const instances = context.resourceInstances(address) ?? { kind: 'single' };
  const provider = context.providerOf(block);
  if (provider.includes('.') && !context.declarations.providers.has(provider))
    context.scope(block).dangling(`provider ${provider}`);
  const region = context.providerRegion(provider);
  const dependsOn = dependencies(context, block, address);
  const fact = (id: string, bindings: InstanceBindings): ResourceFact => {
    const result: ResourceFact = {
      format: 'terraform',
      id,
      type: block.type,
      properties: properties(context, block, bindings),
      dependsOn,
      location: { file: block.file, line: block.line },
    };
    if (region !== undefined) result.region = region;
    return result;
  };
  if (instances.kind === 'single') return [fact(address, {})];
  if (instances.kind === 'count')
    return Array.from({ length: instances.count }, (_, index) =>
      fact(`${address}[${index}]`, { countIndex: index }),
    );
  if (instances.kind === 'keys')
    return instances.keys.map((key) =>
      fact(`${address}${instanceKey(key)}`, {
        eachKey: key,
        eachValue: context.eachValue(address, key) ?? key,
      }),
    );
  context.report('unresolved-value', 'warning', `the number of instances of ${address} is not known`, block);
  return [fact(`${address}[*]`, {})];
}
