import type { Component } from '../../model/component.js';
import type { EnvironmentSources } from './config-reads.js';
import type { KubeObject } from './objects.js';
import type { LabelSelector } from './selector.js';

/** A relation to an object named by kind, namespace and name, resolved once every object is known. */
export interface Link {
  role: string;
  kind: string;
  namespace: string | undefined;
  name: string;
  /** Report a `dangling-reference` when the object is not in the scan (a Service, a claim), or stay silent (a storage class the cluster provides). */
  expected: boolean;
}

/** What a mapper made of one object, before relations across objects are resolved. */
export interface Mapped {
  object: KubeObject;
  component: Component;
  links: Link[];
  /** A Service's selector (`selects`) or a PodDisruptionBudget's (`protects`). */
  selector?: { role: 'selects' | 'protects'; selector: LabelSelector };
  /** A workload's environment, from which the Services it calls are learnt. */
  environment?: EnvironmentSources;
}

export function link(
  role: string,
  kind: string,
  namespace: string | undefined,
  name: string | undefined,
  expected: boolean,
): Link[] {
  return name === undefined || name === '' ? [] : [{ role, kind, namespace, name, expected }];
}
