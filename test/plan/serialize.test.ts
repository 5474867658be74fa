import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, serializePlan, type Figure, type Plan, type Qualifier } from '../../src/plan/index.js';

const QUALIFIERS: readonly Qualifier[] = ['以上', '超过', '以下', '不满', '左右', '预计', '力争', '余', '近'];

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
};

const reparse = (text: string, format: 'yaml' | 'json'): Plan => {
  const result = parsePlan(text, { format });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
};

/** A number as plans write it: sign, digits, decimals with their trailing zeros. */
const numberText = fc
  .tuple(fc.constantFrom('', '-', '+'), fc.nat(99_999), fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: undefined }))
  .map(([sign, whole, decimals]) => `${sign}${whole}${decimals === undefined ? '' : `.${decimals}`}`);

const text = fc.string({ unit: 'grapheme', maxLength: 20 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const withOptional = <T extends object>(record: T): T =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;

/** A small valid plan: each indicator has a base level, a rate and a target level tied by a growth_target. */
const planArb: fc.Arbitrary<Plan> = fc
  .record({
    base: fc.integer({ min: 1990, max: 2030 }),
    span: fc.integer({ min: 1, max: 10 }),
    units: fc.array(fc.constantFrom(['亿元', 'value'], ['户', 'count'], ['万吨', 'quantity'], ['%', 'ratio']), { minLength: 1, maxLength: 3 }),
    values: fc.array(fc.tuple(numberText, numberText, numberText, optional(numberText)), { minLength: 3, maxLength: 3 }),
    qualifiers: fc.subarray([...QUALIFIERS], { maxLength: 2 }),
    role: fc.constantFrom('measured', 'planned', 'computed') as fc.Arbitrary<Figure['role']>,
    title: text,
    note: optional(text),
    quote: optional(text),
    name: optional(fc.constantFrom('十三五', 'custom')),
  })
  .map(({ base, span, units, values, qualifiers, role, title, note, quote, name }) => {
    const to = base + span;
    const indicators = units.map(([unit, kind], i) => ({ id: `ind_${i}`, name: `指标${i}`, unit: unit!, kind: kind as 'value' }));
    const figures: Figure[] = indicators.flatMap((ind, i) => {
      const [baseValue, rate, target, upper] = values[i % values.length]!;
      const high = upper !== undefined && Number(upper) >= Number(rate) ? upper : undefined;
      return [
        withOptional({ id: `f${i}_base`, indicator: ind.id, type: 'level' as const, value: baseValue, unit: ind.unit, year: base, qualifiers: [], role: 'measured' as const, quote }),
        withOptional({ id: `f${i}_rate`, indicator: ind.id, type: 'rate' as const, value: rate, high, unit: '%', from: base, to, qualifiers, role, precision: i === 0 ? ({ halfWidth: '0.05' } as const) : ('lenient' as const) }),
        withOptional({ id: `f${i}_target`, indicator: ind.id, type: 'level' as const, value: target, unit: ind.unit, year: to, qualifiers: ['以上'], role: 'planned' as const, note }),
      ].map(withOptional) as Figure[];
    });
    return withOptional({
      id: 'generated-plan',
      title,
      issuer: '某省人民政府',
      year: base + 1,
      period: withOptional({ from: base + 1, to, base, name }),
      source: withOptional({ document: '某政发〔2016〕1号', date: quote }),
      indicators,
      figures,
      relations: indicators.map((ind, i) =>
        withOptional({ id: `r${i}`, kind: 'growth_target' as const, base: `f${i}_base`, rate: `f${i}_rate`, target: `f${i}_target`, caveats: i === 0 ? ['revised_base' as const] : undefined, note }),
      ),
      note,
    }) as Plan;
  });

describe('serializePlan', () => {
  const fixture = readFileSync(new URL('../fixtures/plans/innovation-2014.yaml', import.meta.url), 'utf8');

  it.each(['yaml', 'json'] as const)('round-trips the innovation plan through %s', (format) => {
    const plan = deepFreeze(reparse(fixture, 'yaml'));
    const written = serializePlan(plan, format);
    expect(reparse(written, format)).toEqual(plan);
  });

  it('writes numbers as their written strings', () => {
    const plan = reparse(fixture.replace('value: 928.4', 'value: 928.40'), 'yaml');
    expect(serializePlan(plan, 'json')).toContain('"value": "928.40"');
    expect(serializePlan(plan, 'yaml')).toContain('value: "928.40"');
  });

  it.each(['yaml', 'json'] as const)('writes U+FFFD, NUL and control characters escaped, so that %s reads them back', (format) => {
    // The file holds escapes only: parsePlan refuses raw U+FFFD and NUL in plan text.
    const plan = reparse(fixture.replace('quote: 在2012年928.4亿元的基础上', 'quote: "a\\uFFFDb\\0c\\x01d\\u2028e"'), 'yaml');
    expect(plan.figures[0]?.quote).toBe('a\uFFFDb\u0000c\u0001d\u2028e');
    const written = serializePlan(plan, format);
    expect(written).not.toMatch(/[\uFFFD\u0000\u0001]/);
    expect(reparse(written, format)).toEqual(plan);
  });

  it('round-trips generated plans losslessly (YAML and JSON)', () => {
    fc.assert(
      fc.property(planArb, fc.constantFrom('yaml', 'json') as fc.Arbitrary<'yaml' | 'json'>, (plan, format) => {
        const written = serializePlan(deepFreeze(plan), format);
        expect(reparse(written, format)).toEqual(plan);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
