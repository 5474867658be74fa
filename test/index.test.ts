/**
 * The public API under attack: every function that src/index.ts exports, called with values of
 * every type (numbers, NaN, ±Infinity, huge and tiny numeric strings, text, objects, null,
 * undefined, arrays, symbols, Decimals of a foreign clone, the library's own values and mutated
 * copies of them). Whatever the arguments, a call returns a value with no NaN or Infinity in it,
 * or throws a GrowthError; never a TypeError or any other exception. Fixed seeds, 1,000 runs a
 * function.
 */
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const { GrowthError } = api;
const RUNS = 1000;

// ---------------------------------------------------------------------------------------------
// The library's own values, to call with as they are and mutated.
const seedText = readFileSync(new URL('../seeds/002-shanxi-innovation-2014.yaml', import.meta.url), 'utf8');
const reviewText = readFileSync(new URL('../seeds/001-shanxi-industry-13th.yaml', import.meta.url), 'utf8');
const actualsText = readFileSync(new URL('../examples/data/shanxi-13th-actuals.csv', import.meta.url), 'utf8');
const plan = api.loadPlan(seedText, { file: 'seed.yaml' });
const reviewPlan = api.loadPlan(reviewText, { file: 'review.yaml' });
const actuals = api.parseActuals(actualsText, { file: 'actuals.csv', plan: reviewPlan });
if (!actuals.ok) throw new Error('the example actuals do not parse');
const report = api.checkPlan(plan);
const review = api.monitorPlan(reviewPlan, actuals.actuals, { asOf: '2018-06-30' });
const decomposition = api.decomposePlan(reviewPlan, { by: 'year' });
const quantity = api.parseQuantity('928.4亿元');
const taiyuan = api.loadPlan(readFileSync(new URL('../seeds/004-taiyuan-revitalization.yaml', import.meta.url), 'utf8'), { file: 'taiyuan.yaml' });
const scenario = api.runScenario(plan, { id: 'slow', name: '8%', changes: [{ kind: 'rate', indicator: 'new_product_sales', rate: '8' }] });
const comparison = api.compareScenarios(taiyuan, taiyuan.scenarios ?? []);
const simulation = api.simulateFloat(plan, { runs: 200, seed: 1, indicators: ['new_product_sales'], distribution: { kind: 'normal', sd: '2%' } });
const grid = api.sensitivityGrid(plan, 'new_product_sales_2020', { rates: ['8%', '10%'], years: [2019, 2020] });
const draft = api.extractPlan('新产品销售收入在2012年928.4亿元的基础上，年均增长10%，到2020年达到2000亿元以上。', { document: 'plan.txt' });
const Foreign = Decimal.clone({ precision: 5 });

const LIBRARY_VALUES: readonly unknown[] = [
  plan,
  JSON.parse(JSON.stringify(plan)) as unknown,
  report,
  [report],
  report.findings[0],
  report.findings,
  report.issues,
  review,
  review.targets,
  review.targets[0],
  decomposition,
  quantity,
  actuals.actuals,
  api.intervalOf('928.4'),
  { from: 2012, to: 2020 },
  [{ until: 2015, rate: '10%' }, { until: 2020, rate: 0.05 }],
  [{ name: '甲', share: '40%' }, { name: '乙', share: '60%' }],
  { code: 'syntax_error', severity: 'error', message: 'bad', path: [], line: 1, column: 1 },
  { lang: 'zh', failOn: 'near-miss', color: true },
  { by: 'unit' },
  taiyuan,
  taiyuan.scenarios?.[0],
  scenario,
  comparison,
  simulation,
  grid,
  draft,
  '新产品销售收入在2012年928.4亿元的基础上，年均增长10%，到2020年达到2000亿元以上。',
  'new_product_sales_2020',
  'new_product_sales',
  { runs: 100, seed: 2, indicators: ['new_product_sales'] },
  { rates: ['8%'], years: [2020] },
];

/** Values of every type a caller might pass by mistake or on purpose. */
const primitive = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, 1, -1, 5, 8, 2012, 2020, 1e308, 5e-324, Number.MAX_SAFE_INTEGER),
  fc.integer({ min: -10, max: 3000 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '10%', '-3.5%', '928.4', '1,042.4', '30.90', '0', '-0', 'abc', 'e5', 'E-3', '', ' ', '%', '1e9000000000000000', '-1e9000000000000000',
    '1e-9000000000000000', '1e-10', '9e15', '亿元', '万元', '%', '个百分点', '户', 'zh', 'en', 'text', 'json', 'sarif', 'year', 'unit', 'month',
    'near_miss', 'near-miss', 'inconsistent', 'none', 'behind', '十三五', '“十二五”末', '二O一二年', '2018-06-30', '2018-02-30', 'NaN', 'Infinity',
    '1.5万亿元', '600余户', '2000亿元以上', '以上', '左右', 'consistent', 'target_short', '__proto__',
  ),
  fc.constantFrom('9'.repeat(5000), `0.${'3'.repeat(5000)}`, `1${'0'.repeat(400)}%`, 'x'.repeat(10_000)),
  fc.constantFrom(null, undefined, true, false, 10n, Symbol('s')),
  fc.constantFrom(new Foreign('1.5'), new Foreign('NaN'), new Foreign('Infinity'), new Decimal('1e-50'), new Date(Number.NaN), new Date(2018, 5, 30)),
);

/** A copy of `value` with the thing at one path replaced (objects and arrays copied on the way down). */
function mutate(value: unknown, path: readonly number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[(path[0] ?? 0) % keys.length] as string;
  const copy: Record<string, unknown> = Array.isArray(value) ? [...value] as unknown as Record<string, unknown> : { ...(value as object) };
  copy[key] = mutate((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

const anything: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { weight: 6, arbitrary: primitive },
    { weight: 3, arbitrary: fc.constantFrom(...LIBRARY_VALUES) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...LIBRARY_VALUES), fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), primitive)
        .map(([v, path, r]) => mutate(v, path, r)),
    },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('from', 'to', 'lang', 'file', 'by', 'asOf', 'failOn', 'lo', 'hi', 'value', 'unit', 'until', 'rate', 'x'), tie('value'), { maxKeys: 3 }) },
    { weight: 1, arbitrary: fc.constantFrom({}, [], Object.create(null) as object, () => 1) },
  ),
})).value;

/** The first NaN or infinite number or Decimal in a result, by its path, or undefined. */
function nonFinite(value: unknown, path = '', seen = new Set<unknown>()): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path || '(result)'} = ${value}`;
  if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
  seen.add(value);
  if (Decimal.isDecimal(value)) return (value as Decimal).isFinite() ? undefined : `${path || '(result)'} = ${String(value)}`;
  for (const [key, v] of Object.entries(value)) {
    const found = nonFinite(v, `${path}.${key}`, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Calls `fn` and checks the contract: a GrowthError or a result without NaN/Infinity. */
async function holds(name: string, fn: (...args: unknown[]) => unknown, args: readonly unknown[]): Promise<void> {
  let result: unknown;
  try {
    result = fn(...args);
    if (result instanceof Promise) result = await result;
  } catch (error) {
    if (error instanceof GrowthError) {
      expect(typeof error.code).toBe('string');
      expect(error.message).not.toMatch(/\bundefined is not|Cannot read|is not a function/);
      return;
    }
    throw new Error(`${name}(${args.map(shown).join(', ')}) threw ${(error as Error)?.name}: ${(error as Error)?.message}`);
  }
  const bad = nonFinite(result);
  if (bad !== undefined) throw new Error(`${name}(${args.map(shown).join(', ')}) returned ${bad}`);
}

function shown(value: unknown): string {
  try {
    if (typeof value === 'symbol' || typeof value === 'bigint' || typeof value === 'function') return String(value);
    const s = JSON.stringify(value) ?? String(value);
    return s.length > 60 ? `${s.slice(0, 60)}…` : s;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

type AnyFunction = (...args: unknown[]) => unknown;
const FUNCTIONS: readonly (readonly [string, AnyFunction])[] = (Object.entries(api) as [string, unknown][])
  .filter(([name, value]) => typeof value === 'function' && name !== 'GrowthError')
  .map(([name, value]) => [name, value as AnyFunction] as const);

// Slow by nature: rendering charts through vega. Fewer runs, each still checked.
const SLOW: ReadonlySet<string> = new Set(['renderChartSvg']);

describe('every public function, with arguments of every type', () => {
  it('covers the exports (the list can fail)', () => {
    expect(FUNCTIONS.length).toBeGreaterThan(80);
  });

  it.each(FUNCTIONS)('%s throws only GrowthError and never returns NaN or Infinity', async (name, fn) => {
    const arity = Math.max(fn.length, 1);
    await fc.assert(
      fc.asyncProperty(fc.array(anything, { minLength: 0, maxLength: arity + 1 }), async (args) => holds(name, fn, args)),
      { seed: 42, numRuns: SLOW.has(name) ? 100 : RUNS },
    );
  });
});
