/*
 * A Helm chart's templates are not manifests until `helm template` renders
 * them. `{{ ... }}` alone is not enough to tell: ConfigMaps carry Prometheus
 * alert templates (`{{ $labels.instance }}`, `{{ range .Alerts }}`,
 * `{{ template "slack.title" . }}`) that are plain data. Helm's own objects
 * (`.Values`, `.Release`...) and functions (`include`, `toYaml`) are; so is a
 * `{{` that breaks the YAML (checked after parsing).
 */
const HELM_ACTION =
  /\{\{-?\s*(?:[^}\n]{0,200}\.(?:Values|Release|Chart|Capabilities|Files|Template)\b|(?:include|toYaml|tpl|required)\b)/;

const MANIFEST_KEYS = /^\s*apiVersion\s*:/m;
const KIND_KEY = /^\s*kind\s*:/m;

/** 1-based line of the first Helm action in a text that otherwise looks like a manifest, or undefined. */
export function unrenderedTemplateLine(text: string): number | undefined {
  if (!MANIFEST_KEYS.test(text) || !KIND_KEY.test(text)) return undefined;
  const match = HELM_ACTION.exec(text);
  if (match === null) return undefined;
  return lineAt(text, match.index);
}

/** 1-based line of the first `{{ ... }}` in the text, or undefined. */
export function templateActionLine(text: string): number | undefined {
  const match = /\{\{[\s\S]*?\}\}/.exec(text);
  return match === null ? undefined : lineAt(text, match.index);
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
