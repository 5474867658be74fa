import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = 'dist/cli.js';
const built = existsSync(CLI);

/** Runs the built CLI in a child process, in the given locale, without colour. */
function cli(args: readonly string[], lang = 'en_US.UTF-8') {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: lang, NO_COLOR: '1' } });
}

describe('the built CLI (node dist/cli.js)', () => {
  if (!built) it.skip('dist/cli.js is missing: run `npm run build` first (npm test does)', () => {});

  it.skipIf(!built)('rate 928.4亿元 2000亿元 --from 2012 --to 2020', () => {
    const r = cli(['rate', '928.4亿元', '2000亿元', '--from', '2012', '--to', '2020']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/10\.0682%/);
  });

  it.skipIf(!built)('scenario and simulate write their charts as SVG with the Chinese labels in them (--chart)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'growth-targets-'));
    try {
      const scenario = cli(['scenario', 'seeds/004-taiyuan-revitalization.yaml', '--chart', join(dir, 's.svg')], 'zh_CN.UTF-8');
      expect(scenario.stderr).toBe('');
      expect(scenario.status).toBe(0);
      const simulate = cli(['simulate', 'seeds/002-shanxi-innovation-2014.yaml', '--runs', '2000', '--chart', join(dir, 'f.svg')], 'zh_CN.UTF-8');
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
    const r = cli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });

  it.skipIf(!built)('monitor and decompose write their charts as SVG', () => {
    const dir = mkdtempSync(join(tmpdir(), 'growth-targets-'));
    try {
      const review = cli(['monitor', 'seeds/001-shanxi-industry-13th.yaml', '--actuals', 'examples/data/shanxi-13th-actuals.csv', '--as-of', '2018-06-30', '--chart', join(dir, 'progress.svg')]);
      expect(review.stderr).toBe('');
      expect(review.status).toBe(0);
      expect(review.stdout).toContain('mid-term review');
      expect(readFileSync(join(dir, 'progress.svg'), 'utf8').startsWith('<svg')).toBe(true);
      const split = cli(['decompose', 'seeds/004-taiyuan-revitalization.yaml', '--by', 'unit', '--actuals', 'examples/data/taiyuan-zones-actuals.yaml', '--chart', join(dir, 'ranking.svg')]);
      expect(split.stderr).toBe('');
      expect(split.status).toBe(0);
      expect(readFileSync(join(dir, 'ranking.svg'), 'utf8')).toContain('<svg');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
