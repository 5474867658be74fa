import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CLI = 'dist/cli.js';
const built = existsSync(CLI);

describe('the built CLI (node dist/cli.js)', () => {
  if (!built) it.skip('dist/cli.js is missing: run `npm run build` first (npm test does)', () => {});

  it.skipIf(!built)('rate 928.4亿元 2000亿元 --from 2012 --to 2020', () => {
    const r = spawnSync(process.execPath, [CLI, 'rate', '928.4亿元', '2000亿元', '--from', '2012', '--to', '2020'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/10\.0682%/);
  });

  it.skipIf(!built)('--version', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const r = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });
});
