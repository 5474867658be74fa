/** A hand-built PlanReport with one finding of several verdicts, and a stub format context. */
import type { FindingCode } from '../../src/check/params.js';
import type { Finding, PlanReport, Verdict } from '../../src/check/types.js';
import { VERDICTS } from '../../src/check/types.js';
import type { Context } from '../../src/report/context.js';
import { D } from '../../src/math/decimal.js';

const iv = (lo: string, hi: string) => ({ lo: new D(lo), hi: new D(hi) });

/** A hand-built finding (its params are not those of its code: the renderers here get a stub sentence). */
function finding(relation: string, verdict: Verdict, severity: Finding['severity'], code: FindingCode, extra: Record<string, unknown> = {}): Finding {
  return {
    relation,
    kind: 'growth_target',
    verdict,
    severity,
    code,
    subject: '新产品销售收入',
    figures: [],
    qualifiersUsed: [],
    readings: [],
    caveats: [],
    params: {},
    ...extra,
  } as unknown as Finding;
}

/** 928.4亿元 × 1.1^8 exactly. */
export const IMPLIED_2020 = '1990.107851204';

export const findings: readonly Finding[] = [
  finding('revenue_target', 'near_miss', 'warning', 'target_short', {
    stated: { figure: 'revenue_2020', text: '2000', value: new D('2000'), interval: iv('2000', '2000'), unit: '亿元', qualifiers: ['以上'] },
    implied: { value: new D(IMPLIED_2020), interval: iv('1989.9935', '1990.2222'), unit: '亿元' },
    gap: { absolute: new D('-9.892191196'), relative: new D('-0.004946095598') },
    required: { figure: 'revenue_rate', what: 'rate', value: new D('0.1007003'), unit: '%' },
    decision: 'floor_not_met',
    params: { year: 2020 },
  }),
  finding('profit_cagr', 'consistent_within_rounding', 'ok', 'rate_matches', { kind: 'historical_cagr' }),
  finding('sum_total', 'inconsistent', 'error', 'sum_mismatch', { kind: 'sum', subject: 'a | b <c> & "d"' }),
  finding('va_rate', 'not_checkable', 'info', 'comparable_prices', { kind: 'historical_cagr', caveats: ['comparable_prices'] }),
  finding('tiny', 'indeterminate', 'warning', 'rate_mismatch', {
    gap: { absolute: new D('1e-25'), relative: new D('-1.5e-22') },
  }),
];

const countsOf = (list: readonly Finding[]) =>
  Object.fromEntries(VERDICTS.map((v) => [v, list.filter((f) => f.verdict === v).length])) as Record<Verdict, number>;

export const report: PlanReport = {
  plan: { id: 'innovation', title: '创新行动计划 & <测试>', file: 'plans/002, innovation:plan.yaml' },
  findings,
  targets: [
    { figure: 'firms_2020', subject: '高新技术企业', text: '300', unit: '家', year: 2020, qualifiers: ['以上'] },
    { figure: 'households', subject: '农户', text: '600', unit: '户', year: 2015, qualifiers: ['余'] },
  ],
  issues: [
    {
      code: 'unknown_field',
      severity: 'warning',
      message: "unknown field 'colour'\nsecond line 100%",
      file: 'plans/002, innovation:plan.yaml',
      path: ['figures', 3, 'colour'],
      line: 42,
      column: 7,
    },
  ],
  counts: countsOf(findings),
};

export const cleanReport: PlanReport = {
  plan: { id: 'clean', title: 'Clean plan', file: 'plans/clean.yaml' },
  findings: [findings[1]!],
  targets: [],
  issues: [],
  counts: countsOf([findings[1]!]),
};

export const brokenReport: PlanReport = {
  plan: { id: '', title: 'plans/broken.yaml', file: 'plans/broken.yaml' },
  findings: [],
  targets: [],
  issues: [{ code: 'syntax_error', severity: 'error', message: 'bad indentation', file: 'plans/broken.yaml', path: [], line: 3, column: 1 }],
  counts: countsOf([]),
};

export function context(overrides: Partial<Context> = {}): Context {
  return {
    lang: 'en',
    version: '9.9.9',
    failOn: 'inconsistent',
    color: false,
    verdicts: VERDICTS,
    sentence: (f) => `${f.subject}: ${f.code}`,
    label: (v) => v.replace(/_/g, ' '),
    ...overrides,
  };
}
