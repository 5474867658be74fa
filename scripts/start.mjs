// @ts-check
// npm start: check the bundled seed plans with the built CLI, rebuilding first only when a source
// is newer than the build (npm ci builds once, through `prepare`). The CLI then runs in this
// process: one node start-up, not two.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The newest modification time (ms) of a file or of the files under a folder; 0 when absent. */
function newest(path) {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), info.mtimeMs);
}

const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'package.json')), newest(join(root, 'tsup.config.ts')));
const built = Math.min(newest(join(root, 'dist', 'cli.js')), newest(join(root, 'dist', 'index.js')));
if (built === 0 || sources > built) {
  process.stderr.write('growth-targets: sources changed since the last build; building…\n');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

process.argv = [process.argv[0] ?? 'node', join(root, 'dist', 'cli.js'), 'check', '--seeds', '--fail-on', 'none', ...process.argv.slice(2)];
await import(pathToFileURL(join(root, 'dist', 'cli.js')).href);
