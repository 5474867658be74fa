import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it.skipIf(!built)('monitor and decompose write their charts as SVG', () => {
    const dir = mkdtempSync(join(tmpdir(), 'growth-targets-'));
    try {
      const env = { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' };
      const review = spawnSync(
        process.execPath,
        [CLI, 'monitor', 'seeds/001-shanxi-industry-13th.yaml', '--actuals', 'examples/data/shanxi-13th-actuals.csv', '--as-of', '2018-06-30', '--chart', join(dir, 'progress.svg')],
        { encoding: 'utf8', env },
      );
      expect(review.stderr).toBe('');
      expect(review.status).toBe(0);
      expect(review.stdout).toContain('mid-term review');
      expect(readFileSync(join(dir, 'progress.svg'), 'utf8').startsWith('<svg')).toBe(true);
      const split = spawnSync(
        process.execPath,
        [CLI, 'decompose', 'seeds/004-taiyuan-revitalization.yaml', '--by', 'unit', '--actuals', 'examples/data/taiyuan-zones-actuals.yaml', '--chart', join(dir, 'ranking.svg')],
        { encoding: 'utf8', env },
      );
      expect(split.stderr).toBe('');
      expect(split.status).toBe(0);
      expect(readFileSync(join(dir, 'ranking.svg'), 'utf8')).toContain('<svg');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
