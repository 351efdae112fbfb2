/**
 * Plain scalars that YAML 1.1 (Kubernetes, PyYAML, Go yaml.v2) and YAML 1.2
 * (js-yaml 4) read differently. Returns what YAML 1.1 would make of it, or
 * undefined when both versions agree.
 */
export function yaml11Reading(raw: string): string | undefined {
  if (raw.length > 40) return undefined;
  if (/^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/.test(raw)) {
    return 'a boolean in YAML 1.1 and a string in YAML 1.2';
  }
  if (/^[-+]?0[0-7_]+$/.test(raw)) return 'an octal number in YAML 1.1 and a decimal number in YAML 1.2';
  if (/^[-+]?0[0-9_]+$/.test(raw)) return 'a string in YAML 1.1 and a decimal number in YAML 1.2';
  if (/^0o[0-7]+$/.test(raw)) return 'a string in YAML 1.1 and an octal number in YAML 1.2';
  if (/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(raw)) {
    return 'a base-60 number in YAML 1.1 and a string in YAML 1.2';
  }
  if (/^[-+]?[0-9]+(?:_[0-9]+)+$/.test(raw)) return 'a number in YAML 1.1 and a string in YAML 1.2';
  return undefined;
}
