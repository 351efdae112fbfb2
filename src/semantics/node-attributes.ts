import type { Component } from '../model/component.js';
import type { NodeAttributes } from '../model/graph.js';
import { COMPONENT_KINDS } from '../model/kinds.js';

/**
 * How a component reads in a witness path. Kubernetes objects read as kubectl
 * names them (`service/cartservice`, `deployment/cartservice`): a Service and
 * the Deployment behind it usually share a name.
 */
export function componentLabel(component: Component): string {
  if (component.provider !== 'kubernetes') return component.name;
  return `${COMPONENT_KINDS[component.kind].title.toLowerCase()}/${component.name}`;
}

/** The attributes of a node standing for `component` as a whole (or, in a call cycle, for its pods). */
export function componentAttributes(
  component: Component,
  gate: NodeAttributes['gate'],
  label: string = componentLabel(component),
): NodeAttributes {
  return {
    kind: 'component',
    gate,
    label,
    componentId: component.id,
    componentKind: component.kind,
    locations: component.locations,
  };
}
