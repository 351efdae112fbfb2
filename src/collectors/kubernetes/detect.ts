import { field, isRawMap } from '../cloudformation/raw.js';

/** Cheap test on the text, before parsing: every manifest names both keys. */
export function mightBeManifest(text: string): boolean {
  return text.includes('apiVersion') && text.includes('kind');
}

/** A parsed document is a Kubernetes object when it has a string `apiVersion` and `kind`. */
export function isManifest(value: unknown): boolean {
  if (!isRawMap(value)) return false;
  return typeof field(value, 'apiVersion') === 'string' && typeof field(value, 'kind') === 'string';
}

/**
 * An object of the Kubernetes API, as opposed to a client-side file that
 * borrows the shape (kustomization.yaml, a kubeconfig, a kind cluster config):
 * API objects always have `metadata`.
 */
export function isApiObject(value: unknown): boolean {
  return isManifest(value) && isRawMap(field(value as Record<string, unknown>, 'metadata'));
}

/** A document that meant to be an API object but has no `kind`: an `apiVersion` and a `metadata` map. */
export function looksLikeBrokenManifest(value: unknown): boolean {
  if (!isRawMap(value) || isManifest(value)) return false;
  return typeof field(value, 'apiVersion') === 'string' && isRawMap(field(value, 'metadata'));
}
