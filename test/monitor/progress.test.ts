import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/math/decimal.js';
import { annualDeclineFor } from '../../src/math/index.js';
import { compoundProgress, linearProgress, midTermLabel, paceBand, paceRatio } from '../../src/monitor/progress.js';
import { decimalArb, expectCode, RUNS } from '../math/oracle.js';

describe('worked figures (DOMAIN.md section 6)', () => {
  it('a 13.4% cut of a 16% target is 82.5% done in compound terms, not 83.75%', () => {
    const p = compoundProgress(1, '0.866', '0.84');
    expect(p.toFixed(3)).toBe('0.825');
    expect(p.toFixed(4)).not.toBe('0.8375');
    expect(new D('0.134').div('0.16').toFixed(4)).toBe('0.8375');
  });
  it('a 16% five-year cut is 3.43% a year', () => {
    expect(annualDeclineFor('0.16', 5).toFixed(4)).toBe('0.0343');
  });
  it('share targets progress linearly', () => {
    expect(linearProgress('53.2', '56.6', '60').toFixed(2)).toBe('0.50');
    expect(linearProgress('0.532', '0.532', '0.6').isZero()).toBe(true);
  });
  it('the pace ratio is observed over required, signs included', () => {
    expect(paceRatio('0.04', '0.048').toFixed(4)).toBe('0.8333');
    expect(paceRatio('-0.03', '-0.0389').gt(0)).toBe(true);
    expect(paceRatio('0.01', '-0.0389').lt(0)).toBe(true);
  });
});

describe('bands and labels', () => {
  it.each([
    ['1.2', 'on_track'],
    ['0.95', 'on_track'],
    ['0.9499', 'acceleration_needed'],
    ['0.6', 'acceleration_needed'],
    ['0.5999', 'limited'],
    ['0', 'limited'],
    ['-0.0001', 'moving_away'],
  ])('R = %s is %s', (r, band) => {
    expect(paceBand(r)).toBe(band);
  });
  it('a met target is achieved whatever R says', () => {
    expect(paceBand('-3', true)).toBe('achieved');
    expect(midTermLabel('-3', true)).toBe('achieved_early');
  });
  it.each([
    ['1.05', 'ahead'],
    ['1.0499', 'as_expected'],
    ['0.95', 'as_expected'],
    ['0.9499', 'behind'],
    ['-1', 'behind'],
  ])('R = %s is labelled %s', (r, label) => {
    expect(midTermLabel(r)).toBe(label);
  });
  it('once the data reach the target year the label is met or missed', () => {
    expect(midTermLabel('2', false, true)).toBe('missed');
    expect(midTermLabel('0.2', true, true)).toBe('met');
  });
});

describe('contract violations', () => {
  it('refuses values that are not positive and targets equal to the base', () => {
    expectCode(() => compoundProgress(0, 1, 2), 'non_positive');
    expectCode(() => compoundProgress(1, -1, 2), 'non_positive');
    expectCode(() => compoundProgress(2, 3, 2), 'no_solution');
    expectCode(() => linearProgress('5', '6', '5'), 'no_solution');
    expectCode(() => paceRatio('0.1', 0), 'no_solution');
    expectCode(() => paceBand('abc'), 'invalid_number');
    expectCode(() => midTermLabel(Number.NaN), 'non_finite');
  });
});

describe('properties', () => {
  const level = decimalArb(0.01, 1e6, 2);
  const share = decimalArb(0, 1, 4);
  const fraction = decimalArb(0, 1, 3);

  it('compound progress is 0 at the base and 1 at the target, and p at base × (target/base)^p', () => {
    fc.assert(
      fc.property(level, level, fraction, (b, t, p) => {
        fc.pre(!b.eq(t));
        expect(compoundProgress(b, b, t).isZero()).toBe(true);
        expect(compoundProgress(b, t, t).minus(1).abs().lt('1e-35')).toBe(true);
        const at = b.times(t.div(b).pow(p));
        expect(compoundProgress(b, at, t).minus(p).abs().lt('1e-30')).toBe(true);
      }),
      RUNS,
    );
  });

  it('more actual growth never lowers progress toward a higher target, nor more decline toward a lower one', () => {
    fc.assert(
      fc.property(level, level, level, level, (b, t, x, y) => {
        fc.pre(!b.eq(t));
        const [lo, hi] = x.lte(y) ? [x, y] : [y, x];
        const up = t.gt(b);
        const pLo = compoundProgress(b, lo, t);
        const pHi = compoundProgress(b, hi, t);
        expect(up ? pHi.gte(pLo) : pHi.lte(pLo)).toBe(true);
      }),
      RUNS,
    );
  });

  it('linear progress is 0 at the base, 1 at the target, and monotone in the direction of the target', () => {
    fc.assert(
      fc.property(share, share, share, share, (b, t, x, y) => {
        fc.pre(!b.eq(t));
        expect(linearProgress(b, b, t).isZero()).toBe(true);
        expect(linearProgress(b, t, t).eq(1)).toBe(true);
        const [lo, hi] = x.lte(y) ? [x, y] : [y, x];
        const d = linearProgress(b, hi, t).minus(linearProgress(b, lo, t));
        expect(t.gt(b) ? d.gte(0) : d.lte(0)).toBe(true);
      }),
      RUNS,
    );
  });

  it('bands and labels never get better as R falls', () => {
    const order = ['on_track', 'acceleration_needed', 'limited', 'moving_away'];
    const labels = ['ahead', 'as_expected', 'behind'];
    fc.assert(
      fc.property(decimalArb(-3, 3, 4), decimalArb(-3, 3, 4), (x, y) => {
        const [lo, hi] = x.lte(y) ? [x, y] : [y, x];
        expect(order.indexOf(paceBand(lo))).toBeGreaterThanOrEqual(order.indexOf(paceBand(hi)));
        expect(labels.indexOf(midTermLabel(lo))).toBeGreaterThanOrEqual(labels.indexOf(midTermLabel(hi)));
      }),
      RUNS,
    );
  });
});
