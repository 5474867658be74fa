import { describe, expect, it } from 'vitest';
import { cumulativeTotal, growthPath } from '../../src/math/path.js';
import { deepFreeze, expectCode } from './oracle.js';

describe('growthPath and cumulativeTotal', () => {
  it('lists the base year and every later year', () => {
    const path = growthPath(100, 0.1, { from: 2010, to: 2013 });
    expect(path.map((p) => [p.year, p.value.toString()])).toEqual([
      [2010, '100'],
      [2011, '110'],
      [2012, '121'],
      [2013, '133.1'],
    ]);
    expect(Object.isFrozen(path) && Object.isFrozen(path[0])).toBe(true);
    expect(growthPath(100, 0.1, { from: 2010, to: 2010 }).length).toBe(1);
  });

  it('follows a rate schedule labelled by year', () => {
    const schedule = deepFreeze([
      { until: 2012, rate: 0.1 },
      { until: 2014, rate: '-50%' },
      { until: 2030, rate: 0 },
    ]);
    const path = growthPath(100, schedule, { from: 2010, to: 2016 });
    expect(path.map((p) => p.value.toString())).toEqual(['100', '110', '121', '60.5', '30.25', '30.25', '30.25']);
    expect(cumulativeTotal(100, schedule, { from: 2010, to: 2016 }).toString()).toBe('382.25');
  });

  it('sums the years after the base year', () => {
    expect(cumulativeTotal(100, 0.1, { from: 2010, to: 2012 }).toString()).toBe('231');
    expect(cumulativeTotal(100, 0.1, { from: 2010, to: 2010 }).toString()).toBe('0');
    expect(cumulativeTotal(100, 0, { from: 0, to: 5 }).toString()).toBe('500');
  });

  it('validates spans and schedules', () => {
    expectCode(() => growthPath(100, 0.1, { from: 2012, to: 2010 }), 'invalid_years');
    expectCode(() => growthPath(100, 0.1, { from: 2010.5, to: 2012 }), 'invalid_year');
    expectCode(() => growthPath(100, 0.1, { from: 0, to: 1e6 }), 'invalid_years');
    expectCode(() => growthPath(100, [{ until: 2012, rate: 0.1 }], { from: 2010, to: 2013 }), 'invalid_option');
    expectCode(() => growthPath(100, [], { from: 2010, to: 2013 }), 'invalid_option');
    expectCode(
      () => growthPath(100, [{ until: 2014, rate: 0.1 }, { until: 2012, rate: 0.1 }], { from: 2010, to: 2013 }),
      'invalid_option',
    );
    expectCode(() => growthPath(100, [{ until: 2014, rate: -1 }], { from: 2010, to: 2013 }), 'out_of_range');
    expectCode(() => cumulativeTotal(100, -2, { from: 2010, to: 2013 }), 'out_of_range');
  });
});

