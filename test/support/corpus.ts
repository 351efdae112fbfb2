import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository root, which the corpus paths are relative to. */
export const REPO = resolve(import.meta.dirname, '../..');

/** The shared corpus of real inputs, relative to the repository root (as a scan run from the root names its files). */
export const CORPUS = '../shared/corpus';

/** The microservices-demo (Online Boutique) folder, relative to the corpus. */
export const DEMO_FOLDER = 'microservices-demo';

/** The one manifest file of microservices-demo, relative to the corpus. */
export const DEMO_MANIFESTS = `${DEMO_FOLDER}/kubernetes-manifests.yaml`;

/** The kubernetes-examples folder, relative to the corpus. */
export const EXAMPLES_FOLDER = 'kubernetes-examples';

/** The twelve Deployments of microservices-demo, sorted; each has a Service of the same name. */
export const DEMO_DEPLOYMENTS: readonly string[] = [
  'adservice',
  'cartservice',
  'checkoutservice',
  'currencyservice',
  'emailservice',
  'frontend',
  'loadgenerator',
  'paymentservice',
  'productcatalogservice',
  'recommendationservice',
  'redis-cart',
  'shippingservice',
];

/** The Deployments on the shop's serving path: all but the load generator, which only sends traffic. */
export const DEMO_SERVING: readonly string[] = DEMO_DEPLOYMENTS.filter((name) => name !== 'loadgenerator');

/** The absolute path of a file or folder given relative to the corpus. */
export function corpusPath(path: string): string {
  return resolve(REPO, CORPUS, path);
}

/** Reads corpus files, given relative to the corpus, into `name → text` under those same names. */
export function readCorpus(...files: string[]): Record<string, string> {
  return Object.fromEntries(files.map((file) => [file, readFileSync(corpusPath(file), 'utf8')]));
}
