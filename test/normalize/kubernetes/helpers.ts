import { kubernetes } from '../../../src/collectors/kubernetes/index.js';
import type { Component } from '../../../src/model/component.js';
import type { DocumentFacts } from '../../../src/model/facts.js';
import { defaultPolicy } from '../../../src/model/policy.js';
import { normalizeKubernetes } from '../../../src/normalize/kubernetes/index.js';

/** Collects each `file → text` with the Kubernetes collector and normalizes them together. */
export function normalizeTexts(files: Record<string, string>) {
  const documents: DocumentFacts[] = [];
  for (const [file, text] of Object.entries(files)) {
    const outcome = kubernetes.collect({ file, text });
    if (outcome.status !== 'analysed') throw new Error(`${file}: ${outcome.status}`);
    documents.push(outcome.document);
  }
  const result = normalizeKubernetes(documents, defaultPolicy());
  const byId = new Map(result.components.map((component) => [component.id, component]));
  const get = (id: string): Component => {
    const component = byId.get(id);
    if (component === undefined) throw new Error(`no component ${id}; have ${[...byId.keys()].join(', ')}`);
    return component;
  };
  return { ...result, get, ids: [...byId.keys()] };
}

/** One file of manifests. */
export function normalizeText(text: string, file = 'app.yaml') {
  return normalizeTexts({ [file]: text });
}

/** `role → target` of a component's relations, in model order. */
export function relations(component: Component): string[] {
  return component.relations.map((relation) => `${relation.role} → ${relation.target}`);
}

/** A Deployment manifest with the given pod spec lines (indented under `spec:` of the template). */
export function deployment(name: string, podSpec: string, extra = '', labels = `app: ${name}`): string {
  const indent = (text: string, by: number) =>
    text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => `${' '.repeat(by)}${line}`)
      .join('\n');
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
${indent(extra, 2)}
  selector:
    matchLabels:
${indent(labels, 6)}
  template:
    metadata:
      labels:
${indent(labels, 8)}
    spec:
${indent(podSpec, 6)}
`;
}

export const CONTAINER = `containers:
  - name: app
    image: shop/app:1.2.3
`;
