import { describe, expect, it } from 'vitest';
import { applyChange, applyScenario, initialState, isProjectable, percentRate } from '../../src/scenario/apply.js';
import { growthLines } from '../../src/scenario/lines.js';
import { EQUIPMENT, INNOVATION, codeOf, onePlan, scenario, seed } from './helpers.js';

const plan = onePlan({ base: '100', rate: '10', target: '200', years: 8, baseYear: 2012 });
const start = () => initialState(growthLines(plan)[0]!);
const rates = (s: ReturnType<typeof start>) => s.rates.map((r) => r?.toString());

describe('percentRate', () => {
  it('reads a rate in % as plan files write it, with or without the sign', () => {
    expect(percentRate('8').toString()).toBe('0.08');
    expect(percentRate('8%').toString()).toBe('0.08');
    expect(percentRate('-5').toString()).toBe('-0.05');
    expect(percentRate(' 12.27 ').toString()).toBe('0.1227');
  });

  it('refuses text that is not a number and rates of -100% or less', () => {
    expect(codeOf(() => percentRate('eight'))).toBe('invalid_number');
    expect(codeOf(() => percentRate('-100'))).toBe('out_of_range');
  });
});

describe('applyChange', () => {
  it('starts from the plan: one rate a year from the base year to the target year', () => {
    const s = start();
    expect([s.baseYear, s.end, s.rates.length]).toEqual([2012, 2020, 8]);
    expect(new Set(rates(s))).toEqual(new Set(['0.1']));
  });

  it('sets another rate for every year, or from a year on', () => {
    expect(new Set(rates(applyChange(start(), { kind: 'rate', indicator: 'x', rate: '8' })))).toEqual(new Set(['0.08']));
    expect(rates(applyChange(start(), { kind: 'rate', indicator: 'x', rate: '8', from: 2016 }))).toEqual(['0.1', '0.1', '0.1', '0.08', '0.08', '0.08', '0.08', '0.08']);
  });

  it('sets rates by sub-period, the last going on to the end', () => {
    const s = applyChange(start(), { kind: 'schedule', indicator: 'x', schedule: [{ until: 2014, rate: '12' }, { until: 2016, rate: '9' }] });
    expect(rates(s)).toEqual(['0.12', '0.12', '0.09', '0.09', '0.09', '0.09', '0.09', '0.09']);
  });

  it('shocks one year and keeps the shock when a later change sets the rate', () => {
    const shocked = applyChange(start(), { kind: 'shock', indicator: 'x', year: 2015, rate: '-5' });
    expect(rates(shocked)).toEqual(['0.1', '0.1', '-0.05', '0.1', '0.1', '0.1', '0.1', '0.1']);
    expect(rates(applyChange(shocked, { kind: 'rate', indicator: 'x', rate: '7' }))).toEqual(['0.07', '0.07', '-0.05', '0.07', '0.07', '0.07', '0.07', '0.07']);
  });

  it('extends the path when a shock or a target year falls after its end', () => {
    const later = applyChange(start(), { kind: 'target_year', indicator: 'x', year: 2022 });
    expect([later.end, later.targets.find((t) => t.figure === 'x_target')?.year]).toEqual([2022, 2022]);
    expect(rates(later).slice(-2)).toEqual(['0.1', '0.1']);
    const earlier = applyChange(start(), { kind: 'target_year', indicator: 'x', year: 2018, figure: 'x_target' });
    expect(earlier.targets.map((t) => `${t.figure}:${t.year}`)).toEqual(['x_rate:2020', 'x_target:2018']);
  });

  it('replaces the base', () => {
    expect(applyChange(start(), { kind: 'base', indicator: 'x', value: '1,042.4' }).baseValue.toString()).toBe('1042.4');
  });

  it('refuses years not after the base, bad rates, a base that is not positive and unknown targets', () => {
    expect(codeOf(() => applyChange(start(), { kind: 'shock', indicator: 'x', year: 2012, rate: '-5' }))).toBe('invalid_year');
    expect(codeOf(() => applyChange(start(), { kind: 'rate', indicator: 'x', rate: '8', from: 2011 }))).toBe('invalid_year');
    expect(codeOf(() => applyChange(start(), { kind: 'target_year', indicator: 'x', year: 2012 + 1001 }))).toBe('invalid_year');
    expect(codeOf(() => applyChange(start(), { kind: 'rate', indicator: 'x', rate: '-120' }))).toBe('out_of_range');
    expect(codeOf(() => applyChange(start(), { kind: 'base', indicator: 'x', value: '-1' }))).toBe('non_positive');
    expect(codeOf(() => applyChange(start(), { kind: 'target_year', indicator: 'x', year: 2021, figure: 'nope' }))).toBe('unknown_reference');
    expect(codeOf(() => applyChange(start(), { kind: 'schedule', indicator: 'x', schedule: [] }))).toBe('invalid_option');
    expect(codeOf(() => applyChange(start(), { kind: 'boost', indicator: 'x' } as never))).toBe('invalid_option');
  });
});

describe('applyScenario', () => {
  it('gives a line with no rate one from a rate change (a level pair made projectable)', () => {
    const equipment = seed(EQUIPMENT);
    const lines = growthLines(equipment);
    const before = applyScenario(equipment, lines).find((s) => s.line.indicator.id === 'main_revenue')!;
    expect(isProjectable(before)).toBe(false);
    const after = applyScenario(equipment, lines, scenario([{ kind: 'rate', indicator: 'main_revenue', rate: '27.41' }])).find((s) => s.line.indicator.id === 'main_revenue')!;
    expect(isProjectable(after)).toBe(true);
  });

  it('names an indicator the plan lacks, or one with no level, by a typed error', () => {
    const innovation = seed(INNOVATION);
    const lines = growthLines(innovation);
    expect(codeOf(() => applyScenario(innovation, lines, scenario([{ kind: 'rate', indicator: 'nowhere', rate: '8' }])))).toBe('unknown_reference');
    expect(codeOf(() => applyScenario(innovation, lines, scenario([{ kind: 'rate', indicator: 'tech_alliances', rate: '8' }])))).toBe('invalid_option');
    expect(codeOf(() => applyScenario(innovation, lines, { id: 'x', name: 'x', changes: 'no' as never }))).toBe('invalid_option');
  });
});
