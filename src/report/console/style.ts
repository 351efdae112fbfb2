import { Chalk, type ChalkInstance } from 'chalk';
import type { DiagnosticLevel } from '../../model/diagnostic.js';
import { escapeText } from '../shared/escape.js';

/** Colours by meaning; one Chalk instance per report, no global state. */
export interface ConsoleStyle {
  level(severity: DiagnosticLevel, text: string): string;
  good(text: string): string;
  bad(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  /** Escaped input text, never coloured by the input itself. */
  input(text: string): string;
}

export function consoleStyle(level: 0 | 1 | 2 | 3): ConsoleStyle {
  const chalk: ChalkInstance = new Chalk({ level });
  const byLevel: Record<DiagnosticLevel, (text: string) => string> = {
    error: (t) => chalk.red.bold(t),
    warning: (t) => chalk.yellow.bold(t),
    note: (t) => chalk.cyan(t),
  };
  return {
    level: (severity, text) => byLevel[severity](text),
    good: (text) => chalk.green(text),
    bad: (text) => chalk.red(text),
    dim: (text) => chalk.dim(text),
    bold: (text) => chalk.bold(text),
    input: (text) => escapeText(text),
  };
}
