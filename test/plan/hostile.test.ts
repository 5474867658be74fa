/**
 * Plan files made to hurt the reader: deep nesting, alias amplification, huge lists of bad
 * values, NUL bytes and U+FFFD, unknown tags, texts past the size and node limits. parsePlan must
 * return (never throw, never kill its host) with the issue that names the problem, and stop at
 * the limits of PLAN_LIMITS rather than do unbounded work. The big files are generated here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, PLAN_LIMITS, type PlanIssue } from '../../src/plan/index.js';
import { countNodeMarks } from '../../src/plan/source.js';

const hostile = (name: string): string => readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url), 'utf8');
const plans = (name: string): string => readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url), 'utf8');
const seeds = readdirSync(new URL('../../seeds/', import.meta.url))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(new URL(`../../seeds/${f}`, import.meta.url), 'utf8'));

const codes = (issues: readonly PlanIssue[]) => issues.map((i) => i.code);
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

/** Parses and checks what every hostile file must give: a refusal, issues within the cap. */
function refuse(text: string, options: { file?: string; format?: 'yaml' | 'json' } = {}): readonly PlanIssue[] {
  const result = parsePlan(text, options);
  expect(result.ok).toBe(false);
  expect(result.issues.length).toBeGreaterThan(0);
  expect(result.issues.length).toBeLessThanOrEqual(PLAN_LIMITS.maxIssues + 1);
  return result.issues;
}

/** A plan file whose figures list holds `n` figures under the anchor &figures. */
function figuresWithAnchor(n: number): string {
  const base = plans('innovation-2014.yaml');
  const figures = Array.from({ length: n }, (_, i) => `  - { id: f${i}, indicator: new_product_sales, type: level, year: 2015, value: "${i}" }`);
  return base.replace(/^figures:\n/m, `figures: &figures\n${figures.join('\n')}\n`);
}

describe('hostile plan files: nesting', () => {
  it('answers 1,000 nested brackets, twice in one process, with a syntax error at a line', () => {
    const deep = hostile('deep-flow.yaml');
    expect(deep).toBe(`${'['.repeat(1000)}${']'.repeat(1000)}\n`);
    for (let round = 0; round < 2; round += 1) {
      const [issue] = refuse(deep, { file: 'deep-flow.yaml' });
      expect(issue).toMatchObject({ code: 'syntax_error', file: 'deep-flow.yaml', line: 1, column: PLAN_LIMITS.maxDepth });
      expect(issue?.message).toContain('PLAN_LIMITS.maxDepth');
    }
  });

  it.each([
    ['flow mappings', `${'{a: '.repeat(1000)}1${'}'.repeat(1000)}`],
    ['block mappings', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')],
    ['block sequences', `${'- '.repeat(1000)}x`],
    ['block sequences of mappings', Array.from({ length: 500 }, (_, i) => `${' '.repeat(4 * i)}- a:`).join('\n')],
    ['flow sequences of mappings', `${'[{a: '.repeat(500)}1${'}]'.repeat(500)}`],
  ])('answers 1,000 nested %s with a syntax error at a line', (_, text) => {
    const [issue] = refuse(text);
    expect(issue?.code).toBe('syntax_error');
    expect(issue?.line).toBeGreaterThanOrEqual(1);
    expect(issue?.message).toContain('PLAN_LIMITS.maxDepth');
  });

  it('answers deep JSON with a syntax error', () => {
    expect(codes(refuse(hostile('deep-flow.yaml'), { format: 'json' }))).toEqual(['syntax_error']);
  });
});

describe('hostile plan files: aliases', () => {
  it('stops a billion laughs at PLAN_LIMITS.maxAliasNodes', () => {
    const [issue] = refuse(hostile('billion-laughs.yaml'));
    // e: [*d, …] expands 9 × 7,381 nodes: past the limit at its second alias.
    expect(issue).toMatchObject({ code: 'limit_exceeded', line: 5, column: 8 });
    expect(issue?.message).toContain('PLAN_LIMITS.maxAliasNodes');
  });

  it.each([
    ['141 KB', 2_000],
    ['1.4 MB', 20_000],
  ])('stops an anchor of many figures referenced 100 times (%s) at its first alias', (_, n) => {
    const text = `${figuresWithAnchor(n)}more: [${Array.from({ length: 100 }, () => '*figures').join(', ')}]\n`;
    const [issue] = refuse(text);
    expect(issue).toMatchObject({ code: 'limit_exceeded', line: lineOf(text, 'more:'), column: 8 });
    expect(issue?.message).toContain('PLAN_LIMITS.maxAliasNodes');
  });

  it('stops at PLAN_LIMITS.maxAliases aliases', () => {
    const text = `a: &a x\nb: [${Array.from({ length: PLAN_LIMITS.maxAliases + 1 }, () => '*a').join(', ')}]\n`;
    const [issue] = refuse(text);
    expect(issue).toMatchObject({ code: 'limit_exceeded', line: 2 });
    expect(issue?.message).toContain('PLAN_LIMITS.maxAliases');
  });
});

describe('hostile plan files: many problems', () => {
  it('reports the first issues of 123,000 invalid qualifiers and counts the rest', () => {
    const text = plans('innovation-2014.yaml').replace('qualifier: 以上', `qualifiers: [${'很多, '.repeat(123_000)}以上]`);
    const issues = refuse(text);
    expect(issues).toHaveLength(PLAN_LIMITS.maxIssues + 1);
    expect(issues[0]).toMatchObject({ code: 'invalid_value', path: ['figures', 2, 'qualifiers', 0] });
    expect(issues.at(-1)).toMatchObject({ code: 'too_many_issues', severity: 'error', value: 123_000 - PLAN_LIMITS.maxIssues });
  });

  it('caps the issues the reader itself finds', () => {
    const text = `list:\n${'  - !foo x\n'.repeat(50_000)}`;
    const issues = refuse(text);
    expect(codes(issues.slice(0, -1))).toEqual(Array(PLAN_LIMITS.maxIssues).fill('unsupported_tag'));
    // The reader's 49,900 left-out issues, and the schema's about the same list.
    expect(issues.at(-1)).toMatchObject({ code: 'too_many_issues', severity: 'error' });
    expect(issues.at(-1)?.value).toBeGreaterThanOrEqual(50_000 - PLAN_LIMITS.maxIssues);
  });
});

describe('hostile plan files: characters and tags', () => {
  it('refuses a NUL byte at its line', () => {
    const text = hostile('nul-byte.yaml');
    expect(refuse(text, { file: 'nul-byte.yaml' })).toMatchObject([{ code: 'invalid_character', file: 'nul-byte.yaml', line: 27, column: 19 }]);
    expect(lineOf(text, '\u0000')).toBe(27);
  });

  it('refuses U+FFFD (bytes that were not UTF-8) at its line', () => {
    const text = hostile('replacement-character.yaml');
    expect(refuse(text)).toMatchObject([{ code: 'invalid_character', line: 8, column: 39 }]);
    expect(lineOf(text, '\uFFFD')).toBe(8);
  });

  it('refuses tags outside the core schema at their lines', () => {
    const issues = refuse(hostile('unknown-tags.yaml'));
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['unsupported_tag', 13, 12],
      ['unsupported_tag', 27, 11],
      ['unsupported_tag', 28, 12],
    ]);
  });
});

describe('hostile plan files: size', () => {
  it(`refuses a text longer than PLAN_LIMITS.maxTextLength before reading it`, () => {
    const [issue] = refuse(`a: ${'x'.repeat(PLAN_LIMITS.maxTextLength)}`);
    expect(issue).toMatchObject({ code: 'limit_exceeded', line: 1, column: 1, value: PLAN_LIMITS.maxTextLength + 3 });
    expect(issue?.message).toContain('PLAN_LIMITS.maxTextLength');
  });

  it('refuses a text with more than PLAN_LIMITS.maxNodes nodes before parsing it', () => {
    const [issue] = refuse(`[${'0,'.repeat(PLAN_LIMITS.maxNodes)}0]`);
    expect(issue).toMatchObject({ code: 'limit_exceeded', line: 1 });
    expect(issue?.message).toContain('PLAN_LIMITS.maxNodes');
  });

  it('leaves room for a plan of 50,000 relations (the generated plan of npm run bench)', () => {
    const each = (make: (i: number) => string): string => Array.from({ length: 50_000 }, (_, i) => `  - ${make(i)}\n`).join('');
    const text = [
      'id: generated\ntitle: generated\nissuer: bench\nyear: 2016\nperiod: { from: 2016, to: 2020, base: 2015 }\nsource: { document: generated }\n',
      `indicators:\n${each((i) => `{ id: i${i}, name: 指标${i}, unit: 亿元, kind: value }`)}`,
      'figures:\n',
      each((i) => `{ id: b${i}, indicator: i${i}, type: level, year: 2015, value: "${i}.5" }`),
      each((i) => `{ id: r${i}, indicator: i${i}, type: rate, from: 2015, to: 2020, value: "7.5" }`),
      each((i) => `{ id: t${i}, indicator: i${i}, type: level, year: 2020, value: "${i}", qualifier: 以上 }`),
      `relations:\n${each((i) => `{ id: g${i}, kind: growth_target, base: b${i}, rate: r${i}, target: t${i} }`)}`,
    ].join('');
    expect(text.length).toBeLessThan(PLAN_LIMITS.maxTextLength / 1.5);
    expect(countNodeMarks(text)).toBeLessThan(PLAN_LIMITS.maxNodes / 1.3);
  });
});

describe('parsePlan on damaged seed files (property)', () => {
  const noise = ['[', ']', '{', '}', '"', "'", '&a ', '*a', '*b ', '!foo ', '!!binary ', '\u0000', '\uFFFD', ': ', '- ', '? ', '|', '>', '#', '\t', '\n', '---\n', '%YAML 1.2\n', '\\', ',', '`'];
  type Mutation = { kind: 'cut' | 'duplicate' | 'swap' | 'insert' | 'indent'; at: number; to: number; size: number; insert: string };
  const mutation: fc.Arbitrary<Mutation> = fc.record({
    kind: fc.constantFrom('cut', 'duplicate', 'swap', 'insert', 'indent'),
    at: fc.nat(),
    to: fc.nat(),
    size: fc.nat(40),
    insert: fc.array(fc.constantFrom(...noise), { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
  });

  function mutate(text: string, m: Mutation): string {
    const lines = text.split('\n');
    const i = m.at % lines.length;
    const j = m.to % lines.length;
    switch (m.kind) {
      case 'cut': {
        const k = m.at % text.length;
        return text.slice(0, k) + text.slice(k + m.size);
      }
      case 'duplicate':
        return [...lines.slice(0, i), ...lines.slice(j, j + 1 + (m.size % 5)), ...lines.slice(i)].join('\n');
      case 'swap':
        [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
        return lines.join('\n');
      case 'insert': {
        const k = m.at % text.length;
        return text.slice(0, k) + m.insert + text.slice(k);
      }
      case 'indent':
        lines[i] = ' '.repeat(m.size % 5) + (lines[i] ?? '');
        return lines.join('\n');
    }
  }

  /** A seed file, or text made of YAML's punctuation and plan words. */
  const base = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...seeds) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...noise, 'id', 'figures', 'value', '30.90', '2014', '指标', '\n  ', '\n- '), { minLength: 1, maxLength: 80 }).map((a) => a.join('')) },
  );

  it('never throws; every issue has a code, a path and a line within the text', () => {
    fc.assert(
      fc.property(base, fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.constantFrom('yaml', 'json') as fc.Arbitrary<'yaml' | 'json'>, (start, mutations, format) => {
        const text = mutations.reduce(mutate, start);
        const result = parsePlan(text, { format });
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const issue of result.issues) {
          expect(typeof issue.code).toBe('string');
          expect(Array.isArray(issue.path)).toBe(true);
          if (issue.line !== undefined) {
            expect(issue.line).toBeGreaterThanOrEqual(1);
            expect(issue.line).toBeLessThanOrEqual(lines);
            expect(issue.column).toBeGreaterThanOrEqual(1);
          }
        }
        expect(result.issues.length).toBeLessThanOrEqual(PLAN_LIMITS.maxIssues + 1);
      }),
      { seed: 20240601, numRuns: 1000 },
    );
  });
});
