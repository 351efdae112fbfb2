/** `{{name}}` placeholders of a message template, in order of first use. */
export function placeholders(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)) {
    const name = match[1] ?? '';
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * Fills a template from a check's data. Returns the names it could not fill:
 * an unfilled placeholder is a bug in the rule or the check, never shown as is.
 */
export function fillTemplate(
  template: string,
  data: Record<string, string | number>,
): { text: string; missing: string[] } {
  const missing: string[] = [];
  const text = template.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string) => {
    if (!Object.hasOwn(data, name)) {
      missing.push(name);
      return whole;
    }
    return String(data[name]);
  });
  return { text, missing };
}
