// Which file names docker compose reads (Compose specification, "Compose file"; `docker compose -f`).

/** What a compose file is to its folder's project. */
export type ComposeFileRole = 'base' | 'override' | 'stack';

/** `compose.yaml` and friends: what `docker compose` looks for first in a folder. */
const BASE = /^(docker-)?compose\.ya?ml$/;
/** `compose.override.yaml`, `docker-compose.prod.yml`: layered over the base with `-f`. */
const OVERRIDE = /^(docker-)?compose\.[^/]+\.ya?ml$/;
/** `<stack>.compose.yaml`: a stack named in the file name (awesome-compose style), or an override. */
const STACK = /^(.+)\.compose\.ya?ml$/;

export function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** The folder of a repo-relative path, `''` at the root. */
export function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}

/** The role of a compose file by its name (case-insensitive), or undefined when compose would not read it. */
export function composeFileRole(file: string): ComposeFileRole | undefined {
  const name = baseName(file).toLowerCase();
  if (BASE.test(name)) return 'base';
  if (OVERRIDE.test(name)) return 'override';
  if (STACK.test(name)) return 'stack';
  return undefined;
}

/** The part of a file name that tells it from its siblings: `shop` of `shop.compose.yaml`, `prod` of `docker-compose.prod.yml`. */
export function distinctivePart(file: string): string | undefined {
  const name = baseName(file);
  const stack = STACK.exec(name);
  if (stack !== null && !BASE.test(name.toLowerCase())) {
    const stem = stack[1] as string;
    if (!/^(docker-)?compose$/i.test(stem)) return stem;
  }
  const override = /^(?:docker-)?compose\.(.+)\.ya?ml$/i.exec(name);
  return override?.[1];
}

/** The name of a file's folder, for the project name compose gives by default. */
export function folderName(file: string): string {
  const folder = folderOf(file);
  const name = folder.slice(folder.lastIndexOf('/') + 1);
  return name === '' ? '.' : name;
}

/**
 * The project a single file names by itself: its top-level `name:`, else the
 * stack in its file name (`shop.compose.yaml`), else its folder's name. The
 * normalizer refines this once it sees the other files of the folder.
 */
export function projectGuess(file: string, declared: string | undefined): string {
  if (declared !== undefined) return declared;
  if (composeFileRole(file) === 'stack') return distinctivePart(file) ?? folderName(file);
  return folderName(file);
}
