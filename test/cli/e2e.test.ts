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

  it.skipIf(!built)('scenario and simulate write their charts as SVG with the Chinese labels in them (--chart)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'growth-targets-'));
    try {
      const env = { ...process.env, LANG: 'zh_CN.UTF-8', NO_COLOR: '1' };
      const scenario = spawnSync(process.execPath, [CLI, 'scenario', 'seeds/004-taiyuan-revitalization.yaml', '--chart', join(dir, 's.svg')], { encoding: 'utf8', env });
      expect(scenario.stderr).toBe('');
      expect(scenario.status).toBe(0);
      const simulate = spawnSync(process.execPath, [CLI, 'simulate', 'seeds/002-shanxi-innovation-2014.yaml', '--runs', '2000', '--chart', join(dir, 'f.svg')], { encoding: 'utf8', env });
      expect(simulate.stderr).toBe('');
      expect(simulate.status).toBe(0);
      for (const [file, text] of [['s.svg', '规模工业增加值：情景比较'], ['f.svg', '新产品销售收入：模拟分布']] as const) {
        const svg = readFileSync(join(dir, file), 'utf8');
        expect(svg.startsWith('<svg')).toBe(true);
        expect(svg).toContain(text);
        expect(svg).toContain('Noto Sans CJK SC');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
