/** How a container image reference pins what runs. */
export type ImagePin = 'digest' | 'tag' | 'latest' | 'none' | 'unknown';

/**
 * Reads `[registry[:port]/]path[:tag][@algorithm:hex]` as the container
 * runtimes do: a digest pins the content; a tag is the text after the last
 * colon of the last path segment (a registry port is not a tag); no tag
 * means `latest`. A reference holding an unexpanded variable (`${TAG}`,
 * `{{ .Values }}`) says nothing until it is rendered.
 */
export function imagePin(reference: string): ImagePin {
  const image = reference.trim();
  if (image === '' || /\$|\{\{/.test(image)) return 'unknown';
  const at = image.indexOf('@');
  if (at >= 0)
    return /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/.test(image.slice(at + 1))
      ? 'digest'
      : 'unknown';
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  if (colon < 0) return 'none';
  return lastSegment.slice(colon + 1) === 'latest' ? 'latest' : 'tag';
}
