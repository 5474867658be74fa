/** The seed examples of DOMAIN.md and the brief, as constructed plans. */
import { describe, expect, it } from 'vitest';
import { checkPlan, renderFinding } from '../../src/check/index.js';
import type { Finding } from '../../src/check/types.js';
import type { Plan } from '../../src/plan/model.js';
import { growthPlan, indicator, level, makePlan, rate, share, total, param } from './helpers.js';

const first = (plan: Plan): Finding => checkPlan(plan).findings[0]!;

describe('seed 002: 新产品销售收入 928.4 → 2000以上 at 10% over 2012–2020', () => {
  const finding = first(growthPlan({ base: '928.4', rate: '10', target: '2000', targetExtra: { qualifiers: ['力争', '以上'] } }));

  it('is a near miss: 1990.1, 9.9 (0.5%) short, 10.07% needed', () => {
    expect([finding.verdict, finding.code, finding.decision]).toEqual(['near_miss', 'target_short', 'stretch_target_not_reached']);
    expect(finding.implied?.value.toFixed(1)).toBe('1990.1');
    expect(finding.gap?.absolute.toFixed(1)).toBe('-9.9');
    expect(finding.gap?.relative.toFixed(3)).toBe('-0.005');
    expect(finding.required).toMatchObject({ figure: 'rate', what: 'rate', unit: '%' });
    expect(finding.required?.value.toFixed(4)).toBe('0.1007');
    expect(finding.implied?.interval.lo.toFixed(2)).toBe('1990.00');
    expect(finding.implied?.interval.hi.toFixed(2)).toBe('1990.22');
  });

  it('renders the sentence of the brief in English and Chinese', () => {
    expect(renderFinding(finding)).toBe(
      '新产品销售收入: 928.4亿元 in 2012 growing 10% a year gives 1990.1亿元 in 2020, 9.9亿元 (0.5%) short of the stated floor 2000亿元; reaching it needs 10.07% a year. Near miss (stretch target not reached).',
    );
    expect(renderFinding(finding, 'zh')).toBe(
      '新产品销售收入：2012年928.4亿元按年均增长10%测算，2020年为1990.1亿元，比目标2000亿元以上少9.9亿元（0.5%）；需年均增长10.07%才能达到。近似不符（力争目标未达到）。',
    );
  });

  it('is consistent via qualifier once the rate has 以上', () => {
    const f = first(growthPlan({ base: '928.4', rate: '10', target: '2000', rateExtra: { qualifiers: ['以上'] }, targetExtra: { qualifiers: ['力争', '以上'] } }));
    expect([f.verdict, f.qualifiersUsed, f.decision]).toEqual(['consistent_via_qualifier', ['以上'], undefined]);
  });
});

describe('seed 000: 利润总额 8.4 → 30.9 over 2005–2010 at 29.8%', () => {
  it('is consistent', () => {
    const plan = makePlan(
      [indicator('profit', '利润总额', '亿元')],
      [level('p2005', 'profit', 2005, '8.4'), level('p2010', 'profit', 2010, '30.9'), rate('r', 'profit', 2005, 2010, '29.8')],
      [{ id: 'cagr_profit', kind: 'historical_cagr', start: 'p2005', end: 'p2010', rate: 'r' }],
    );
    const f = first(plan);
    expect(f.verdict).toBe('consistent');
    expect(f.required?.value.toFixed(4)).toBe('0.2976');
  });
});

describe('seed 004: Taiyuan industrial investment', () => {
  const plan = makePlan(
    [
      indicator('inv', '工业投资', '亿元', 'investment'),
      indicator('fai', '全市固定资产投资', '亿元', 'investment'),
      indicator('inv_share', '工业投资占全市固定资产投资比重', '%', 'share'),
    ],
    [
      level('inv_2010', 'inv', 2010, '228.05'),
      level('fai_2010', 'fai', 2010, '818.66'),
      share('inv_share_2010', 'inv_share', 2010, '27.86'),
      total('inv_total', 'inv', 2011, 2015, '2800', { role: 'planned' }),
      rate('inv_rate', 'inv', 2010, 2015, '35', { role: 'planned', qualifiers: ['以上'] }),
    ],
    [
      { id: 'share_2010', kind: 'share', part: 'inv_2010', total: 'fai_2010', share: 'inv_share_2010' },
      { id: 'ct', kind: 'cumulative_total', base: 'inv_2010', total: 'inv_total', rate: 'inv_rate' },
    ],
  );
  const report = checkPlan(plan);

  it('228.05 / 818.66 = 27.86%: consistent', () => {
    const f = report.findings[0]!;
    expect(f.verdict).toBe('consistent');
    expect(f.implied?.value.times(100).toFixed(2)).toBe('27.86');
  });

  it('2800 over 2011–2015 from 228.05 implies 31.61% a year (累计法), short of 35%以上; 35% would give 3064.6', () => {
    const f = report.findings[1]!;
    expect([f.verdict, f.decision, f.severity]).toEqual(['inconsistent', 'floor_not_met', 'error']);
    expect(f.implied?.value.toFixed(4)).toBe('0.3161');
    // In level terms (DOMAIN.md section 4): 2800 against the 3064.6 that 35% gives.
    expect(f.gap?.relative.toFixed(3)).toBe('-0.086');
    expect(param(f, 'totalAtRate')).toBe('3064.6亿元');
  });

  it('counts the verdicts', () => {
    expect(report.counts.consistent).toBe(1);
    expect(report.counts.inconsistent).toBe(1);
    expect(Object.values(report.counts).reduce((a, b) => a + b, 0)).toBe(2);
  });
});
