// `npm run golden`: rewrites test/report/golden/ from the reporters. Review the diff before committing.
import { writeFileSync } from 'node:fs';
import { GOLDEN_DIR, GOLDENS } from './goldens.js';

for (const golden of GOLDENS) {
  writeFileSync(new URL(golden.file, GOLDEN_DIR), golden.render());
  process.stdout.write(`wrote test/report/golden/${golden.file}\n`);
}
