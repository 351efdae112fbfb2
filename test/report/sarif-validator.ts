import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// The official OASIS schema (draft-04), read from ../shared at test time, never copied into the project.
const SCHEMA_PATH = new URL('../../../shared/schemas/sarif-schema-2.1.0.json', import.meta.url);

// Both packages are CommonJS with `exports.default`; under NodeNext the default import is module.exports.
const AjvDraft04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

/** A validator for SARIF 2.1.0 logs; `validate.errors` lists what is wrong. */
export function sarifValidator() {
  const ajv = new AjvDraft04({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
}
