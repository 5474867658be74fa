import { readdirSync, readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GrowthError } from '../../src/errors.js';
import * as math from '../../src/math/index.js';
import { RUNS } from './oracle.js';

const {
  D,
  cagr,
  project,
  requiredRate,
  impliedBase,
  rateForCumulativeTotal,
  annualDeclineFor,
  yearsToReach,
  intervalOf,
  formatFixed,
} = math;

describe('public surface', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(math).sort()).toEqual(
      [
        'D', 'annualDeclineFor', 'annualDeclineForInterval', 'annualRateFor', 'annualRateForInterval',
        'cagr', 'cagrInterval', 'chainChanges', 'cornerRange', 'cumulativeChange',
        'cumulativeChangeInterval', 'cumulativeTotal', 'cumulativeTotalInterval', 'decimalsOf',
        'doublingMultiple', 'formatFixed', 'growthPath', 'growthPathInterval', 'impliedBase',
        'impliedBaseInterval', 'intervalOf', 'isNumericText', 'isWrittenNumber',
        'multipleYears', 'multipleYearsInterval', 'normalizeNumberText', 'project', 'projectInterval',
        'rateForCumulativeTotal', 'rateForCumulativeTotalInterval', 'rateForMultiple',
        'rateForMultipleInterval', 'requiredRate', 'requiredRateInterval', 'roundHalfUp',
        'solveCumulativeRate', 'solveMonotone', 'toDecimal', 'toInterval', 'withoutSeparators',
        'writtenDecimals', 'yearsToReach', 'yearsToReachInterval',
      ].sort(),
    );
  });

  it('every @example in src/math shows what the code returns', () => {
    const dir = new URL('../../src/math/', import.meta.url);
    const names = Object.keys(math);
    const values = Object.values(math);
    let count = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      for (const block of text.match(/@example[\s\S]*?(?=\n\s*\*\s*@|\*\/)/g) ?? []) {
        let code = '';
        for (const raw of block.split('\n').slice(1)) {
          const line = raw.replace(/^\s*\*\s?/, '');
          const at = line.indexOf('//=>');
          if (at < 0) {
            code += `${line}\n`;
            continue;
          }
          code += line.slice(0, at);
          const run = new Function(...names, `return (${code});`) as (...args: unknown[]) => unknown;
          const expected = new Function(`return (${line.slice(at + 4)});`)() as unknown;
          expect(run(...values), `${file}: ${code.trim()}`).toEqual(expected);
          count++;
          code = '';
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(45);
  });
});

describe('isolation from the host’s decimal.js', () => {
  const work = (): string[] => [
    cagr(8.4, 30.9, 5).toString(),
    project(928.4, 0.1, 8.5).toString(),
    requiredRate(928.4, 2000, 8).toString(),
    impliedBase(2000, 0.1, 8).toString(),
    rateForCumulativeTotal(228.05, 2800, 5).toString(),
    annualDeclineFor(0.16, 5).toString(),
    yearsToReach(100, 200, 0.1).years.toString(),
    project(2, '0.123', '0.7').toString(),
    cagr(2, 7, 7).toString(),
    formatFixed(intervalOf('29.8%').lo, 6),
  ];

  it('leaves the host’s settings untouched', () => {
    const before = { precision: Decimal.precision, rounding: Decimal.rounding, toExpNeg: Decimal.toExpNeg, toExpPos: Decimal.toExpPos };
    work();
    expect({ precision: Decimal.precision, rounding: Decimal.rounding, toExpNeg: Decimal.toExpNeg, toExpPos: Decimal.toExpPos }).toEqual(before);
  });

  it('keeps 40 digits when the host lowers its precision, and accepts host Decimals', () => {
    const expected = work();
    const saved = { precision: Decimal.precision, rounding: Decimal.rounding };
    try {
      Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
      expect(work()).toEqual(expected);
      const r = cagr(new Decimal('8.4'), new Decimal('30.9'), new Decimal(5));
      expect(r.toString()).toBe(expected[0]);
      expect(r.precision()).toBe(40);
    } finally {
      Decimal.set(saved);
    }
    expect(Decimal.precision).toBe(saved.precision);
  });
});

describe('properties', () => {
  /** Finite numbers of every size, and the strings a plan might hold. */
  const anyNumber = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -2, max: 2 }),
    fc.integer({ min: -50, max: 50 }),
    fc.constantFrom(0, -1, 1, 2, 0.5, -0.5, 1e-300, '1e-500', '1e500', '-1e500', '10%', '-100%', '0.0000001'),
  );
  const smallYears = fc.oneof(fc.integer({ min: -2, max: 40 }), fc.double({ noNaN: true, min: -2, max: 40 }));
  const year = fc.integer({ min: 1990, max: 2040 });

  /** True when every number inside a result is finite. */
  const finite = (v: unknown): boolean => {
    if (D.isDecimal(v)) return (v as InstanceType<typeof D>).isFinite();
    if (typeof v === 'number') return Number.isFinite(v);
    if (Array.isArray(v)) return v.every(finite);
    if (typeof v === 'object' && v !== null) return Object.values(v).every(finite);
    return true;
  };
  const expectFiniteOrGrowthError = (f: () => unknown): void => {
    try {
      expect(finite(f())).toBe(true);
    } catch (e) {
      if (!(e instanceof GrowthError)) throw e;
    }
  };

  it('no public function returns NaN or Infinity: a finite D or a GrowthError', () => {
    const m = math;
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, smallYears, year, year, (a, b, c, n, y1, y2) => {
        const span = { from: Math.min(y1, y2), to: Math.max(y1, y2) };
        const calls: (() => unknown)[] = [
          () => m.project(a, b, n),
          () => m.project(a, b, c),
          () => m.cagr(a, b, n),
          () => m.cagr(a, b, c),
          () => m.requiredRate(a, b, n),
          () => m.impliedBase(a, b, n),
          () => m.impliedBase(a, b, c),
          () => m.yearsToReach(a, b, c, { baseYear: y1 }),
          () => m.growthPath(a, b, span),
          () => m.growthPath(a, [{ until: span.to, rate: b }], span),
          () => m.cumulativeTotal(a, b, span),
          () => m.rateForCumulativeTotal(a, b, n),
          () => m.solveCumulativeRate(a, b, n),
          () => m.cumulativeChange(a, b),
          () => m.annualRateFor(a, n),
          () => m.annualDeclineFor(a, n),
          () => m.chainChanges([a, b, c]),
          () => m.doublingMultiple(a),
          () => m.rateForMultiple(a, n),
          () => m.multipleYears(a, b),
          () => m.roundHalfUp(a, 2),
          () => m.intervalOf(String(a)),
          () => m.projectInterval(a, b, n),
          () => m.cagrInterval(a, b, n),
          () => m.impliedBaseInterval(a, b, n),
          () => m.cumulativeTotalInterval(a, b, span),
          () => m.rateForCumulativeTotalInterval(a, b, n),
          () => m.cumulativeChangeInterval(a, b),
        ];
        for (const call of calls) expectFiniteOrGrowthError(call);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
