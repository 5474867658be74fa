/**
 * Plans given as data (issue 10): checkPlan, assertPlan and the other consumers of a plan validate
 * what they are given through the file schema, so that a wrong shape is a GrowthError invalid_plan
 * with the issues, never a TypeError; plans from parsePlan are trusted (deep-frozen) and carry the
 * places of their relations and figures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertPlan, checkPlan } from '../../src/check/index.js';
import { acceptPlan, loadPlan, parsePlan, parsePlanData, serializePlan } from '../../src/plan/index.js';
import { GrowthError } from '../../src/errors.js';

const text = readFileSync(new URL('../../seeds/002-shanxi-innovation-2014.yaml', import.meta.url), 'utf8');
const plan = loadPlan(text, { file: 'seed.yaml' });

function invalidPlan(call: () => unknown): GrowthError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(GrowthError);
    expect((error as GrowthError).code).toBe('invalid_plan');
    return error as GrowthError;
  }
  throw new Error('expected invalid_plan');
}

describe('checkPlan and assertPlan on values that are not plans', () => {
  it.each([
    ['{}', {}],
    ['null', null],
    ['a number', 42],
    ['an array', []],
    ['a string', text],
  ])('%s is invalid_plan with the issues, naming the argument', (_, value) => {
    const error = invalidPlan(() => checkPlan(value as never));
    expect(error.message).toMatch(/^plan is not a valid plan: \d+ issue\(s\)/);
    expect(error.details['argument']).toBe('plan');
    expect((error.details['issues'] as unknown[]).length).toBeGreaterThan(0);
    invalidPlan(() => assertPlan(value as never));
  });

  it('names the first issue by its path', () => {
    const broken = { ...JSON.parse(JSON.stringify(plan)), figures: [{ ...plan.figures[0], value: 42n.toString(), type: 'levels' }] };
    expect(invalidPlan(() => checkPlan(broken)).message).toContain('at figures.0.type');
  });

  it('checks a plan file parsed with JSON.parse as a plan (the file conveniences normalised)', () => {
    const json = serializePlan(plan, 'json');
    const fromJson = checkPlan(JSON.parse(json));
    expect(fromJson.findings.map((f) => f.verdict)).toEqual(checkPlan(plan).findings.map((f) => f.verdict));
    // The file form: qualifier as one string, role left out, numbers as numbers.
    const file = JSON.parse(json);
    file.figures = file.figures.map((f: Record<string, unknown>) => {
      const { role: _role, qualifiers, ...rest } = f;
      return { ...rest, ...(Array.isArray(qualifiers) && qualifiers.length === 1 && { qualifier: qualifiers[0] }), ...(Array.isArray(qualifiers) && qualifiers.length > 1 && { qualifiers }) };
    });
    expect(checkPlan(file).counts).toEqual(checkPlan(plan).counts);
  });

  it('checks what it can of a plan with semantic problems (a missing figure is not checkable)', () => {
    const missing = { ...JSON.parse(JSON.stringify(plan)), relations: [{ id: 'g', kind: 'growth_target', base: 'nope', rate: 'nope2', target: 'nope3' }] };
    expect(checkPlan(missing).findings[0]?.verdict).toBe('not_checkable');
  });
});

describe('plans from parsePlan', () => {
  it('are deep-frozen and used as they are', () => {
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.figures[0])).toBe(true);
    expect(acceptPlan(plan)).toBe(plan);
    expect(parsePlanData(plan)).toEqual({ ok: true, plan, issues: [] });
  });

  it('carry the places of relations and figures, not as content (deep equality, JSON and spread leave them out)', () => {
    const relation = plan.relations[0]!;
    const line = text.split('\n').findIndex((l) => l.includes(`id: ${relation.id}`)) + 1;
    expect(plan.locations?.file).toBe('seed.yaml');
    expect(plan.locations?.relations[relation.id]).toEqual({ file: 'seed.yaml', line, column: 5 });
    expect(Object.keys(plan)).not.toContain('locations');
    expect(JSON.stringify(plan)).not.toContain('locations');
    expect(loadPlan(serializePlan(plan, 'yaml'))).toEqual(plan);
  });

  it('keep well-formed locations given with data and drop others', () => {
    const data = JSON.parse(JSON.stringify(plan));
    const located = acceptPlan({ ...data, locations: { file: 'x.yaml', relations: { [plan.relations[0]!.id]: { line: 3, column: 1 } }, figures: {} } });
    expect(located.locations?.relations[plan.relations[0]!.id]).toEqual({ file: 'x.yaml', line: 3, column: 1 });
    expect(acceptPlan({ ...data, locations: { relations: 'x' } }).locations).toBeUndefined();
  });
});

describe('percent figures written with their %', () => {
  // The stated 10% a year of invention patents, written with its sign.
  const withPercent = (value: string) => text.replace(/(    to: 2020\n    value: )"10"(\n    qualifier: 力争)/, `$1"${value}"$2`);
  it.each([
    ['10%', '10'],
    ['10.0%', '10.0'],
    ['10 %', '10'],
  ])('reads %j as %j, keeping its written decimals', (value, expected) => {
    const parsed = parsePlan(withPercent(value), { file: 'seed.yaml' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(withPercent(value)).not.toBe(text);
    expect(parsed.plan.figures.find((f) => f.id === 'invention_patents_rate')?.value).toBe(expected);
    expect(checkPlan(parsed.plan).counts).toEqual(checkPlan(plan).counts);
  });

  it('refuses a % on an amount', () => {
    const parsed = parsePlan(text.replace(/value: "928\.4"/, 'value: "928.4%"'), { file: 'seed.yaml' });
    expect(parsed.ok).toBe(false);
    expect(parsed.issues[0]?.code).toBe('invalid_number');
  });
});

describe('parsePlan contract', () => {
  it('throws GrowthError, not TypeError, for wrong-typed arguments', () => {
    expect(() => parsePlan('id: x', null as never)).toThrow(expect.objectContaining({ code: 'invalid_option', details: expect.objectContaining({ argument: 'options' }) }));
    expect(() => parsePlan({} as never)).toThrow(expect.objectContaining({ code: 'invalid_argument', details: expect.objectContaining({ argument: 'text' }) }));
    expect(() => parsePlan('id: x', { format: 'xml' as never })).toThrow(expect.objectContaining({ code: 'invalid_option' }));
  });
});
