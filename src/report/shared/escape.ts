// C0 and C1 controls, DEL, and the bidirectional formatting characters that can
// reorder what a reader sees ("Trojan Source"): none may reach a terminal raw.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Replaces unsafe characters in input text with visible `\u{…}` escapes; newlines included, so input stays on one line. */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI colour sequences is the point
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * GitHub Actions runs any output line that starts with `::` (after trimming) as
 * a workflow command. Escapes the first colon of such a line, so no input text
 * can issue one.
 */
export function guardWorkflowCommands(output: string): string {
  return output
    .split('\n')
    .map((line) => {
      if (!line.replace(ANSI, '').trimStart().startsWith('::')) return line;
      const colon = line.indexOf(':');
      return `${line.slice(0, colon)}\\u{3a}${line.slice(colon + 1)}`;
    })
    .join('\n');
}
