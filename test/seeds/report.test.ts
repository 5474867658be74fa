/**
 * The seed report, as a reviewed snapshot: the verdict, code and sentence of every relation of the
 * five seed plans, in English and Chinese. A change to the checker or to a seed file that moves a
 * verdict shows up here as a diff to review (update with `npx vitest run -u test/seeds/report.test.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan, parsePlan, renderFinding, type Lang, type PlanReport } from '../../src/index.js';

const dir = new URL('../../seeds/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

function reports(): PlanReport[] {
  return files.map((file) => {
    const parsed = parsePlan(readFileSync(new URL(file, dir), 'utf8'), { file });
    if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.issues)}`);
    return checkPlan(parsed.plan);
  });
}

function render(all: readonly PlanReport[], lang: Lang): string {
  return all
    .map((r) =>
      [
        `# ${r.plan.title}`,
        ...r.findings.map((f) => `${f.relation}\t${f.verdict}\t${f.code}\n  ${renderFinding(f, lang)}`),
        `(${r.targets.length} monitoring targets)`,
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

describe('the seed report', () => {
  const all = reports();

  it('checks every relation of the five plans', () => {
    expect(all.map((r) => r.findings.length)).toEqual([7, 10, 4, 0, 50]);
  });

  it('keeps the verdicts a reviewer signed off (en)', async () => {
    await expect(render(all, 'en')).toMatchFileSnapshot('__snapshots__/seed-report.en.txt');
  });

  it('keeps the verdicts a reviewer signed off (zh)', async () => {
    await expect(render(all, 'zh')).toMatchFileSnapshot('__snapshots__/seed-report.zh.txt');
  });

  it('finds what a reviewer of these plans would flag', () => {
    const verdict = (id: string) => all.flatMap((r) => r.findings).find((f) => f.relation === id)?.verdict;
    expect(verdict('gt_new_product_sales')).toBe('near_miss'); // 1990.1 against 2000以上
    expect(verdict('ct_industrial_investment')).toBe('inconsistent'); // 2800 needs 31.61%, not 35%
    expect(verdict('gt_info_industry')).toBe('inconsistent'); // 1605.7 against 1700
    expect(verdict('cagr_profit')).toBe('consistent'); // 8.4 → 30.9 at 29.8%
  });
});
