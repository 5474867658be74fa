// @ts-check
// Runs one example by name:  npm run example -- <name> [arguments]
// With no name, lists the examples. Each example is examples/<name>.mjs and imports the built package.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs')
  .map((f) => f.slice(0, -'.mjs'.length))
  .sort();
const [name, ...args] = process.argv.slice(2);
if (name === undefined || !names.includes(name)) {
  if (name !== undefined) console.error(`no example named '${name}'`);
  console.error(`examples: ${names.join(', ')}\nrun one with: npm run example -- <name>`);
  process.exit(name === undefined ? 0 : 2);
}
const result = spawnSync(process.execPath, [`${dir}${name}.mjs`, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
