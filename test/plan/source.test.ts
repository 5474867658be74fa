import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolvePlain, resolveTagged } from '../../src/plan/scalars.js';
import { planPieces, readSource, type SourceResult } from '../../src/plan/source.js';

const read = (text: string, format: 'yaml' | 'json' = 'yaml') => {
  const result = readSource(text, { file: 'x.yaml', format });
  if (!result.ok) throw new Error(`unexpected issues: ${JSON.stringify(result.issues)}`);
  return result;
};
const issuesOf = (text: string) => readSource(text, { file: 'x.yaml' }).issues.map((i) => [i.code, i.line, i.column]);

describe('resolvePlain: the YAML 1.2 core schema for plain scalars', () => {
  it.each([
    ['', null],
    ['~', null],
    ['null', null],
    ['NULL', null],
    ['nULL', 'nULL'],
    ['true', true],
    ['False', false],
    ['yes', 'yes'],
    ['on', 'on'],
    ['2014', 2014],
    ['+10', 10],
    ['-3.50', -3.5],
    ['007', 7],
    ['0o17', 15],
    ['0x1F', 31],
    ['1e3', 1000],
    ['.5', 0.5],
    ['1.', 1],
    ['.inf', '.inf'],
    ['-.Inf', '-.Inf'],
    ['.nan', '.nan'],
    ['1e400', '1e400'],
    ['1_000', '1_000'],
    ['1,042.4', '1,042.4'],
    ['0b101', '0b101'],
    ['2014-09-10', '2014-09-10'],
    ['12:30', '12:30'],
    ['０１２', '０１２'],
  ])('%j is %j', (text, value) => {
    expect(resolvePlain(text)).toStrictEqual(value);
  });
});

describe('resolveTagged: the core schema tags', () => {
  it('reads a scalar as its tag says, or not at all', () => {
    expect(resolveTagged('2014', 'str')).toBe('2014');
    expect(resolveTagged('2014', 'int')).toBe(2014);
    expect(resolveTagged('1', 'float')).toBe(1);
    expect(resolveTagged('.inf', 'float')).toBe('.inf');
    expect(resolveTagged('', 'null')).toBeNull();
    expect(resolveTagged('TRUE', 'bool')).toBe(true);
    expect(resolveTagged('abc', 'int')).toBeUndefined();
    expect(resolveTagged('yes', 'bool')).toBeUndefined();
    expect(resolveTagged('x', 'null')).toBeUndefined();
  });
});

describe('readSource', () => {
  it('keeps the written text of every number, plain numbers only', () => {
    const { data, map } = read('a: 30.90\nb: "30.90"\nc: [1.50, +2, 0x10]\nd: { e: 2014 }\n');
    expect(data).toEqual({ a: 30.9, b: '30.90', c: [1.5, 2, 16], d: { e: 2014 } });
    expect(map.numberText(['a'])).toBe('30.90');
    expect(map.numberText(['b'])).toBeUndefined();
    expect([0, 1, 2].map((i) => map.numberText(['c', i]))).toEqual(['1.50', '+2', '0x10']);
    expect(map.numberText(['d', 'e'])).toBe('2014');
    expect(map.numberText(['d', 'missing'])).toBeUndefined();
  });

  it('keeps the written text of JSON numbers', () => {
    const { map } = read('{ "a": [30.90, -0.0, 1E2] }', 'json');
    expect([0, 1, 2].map((i) => map.numberText(['a', i]))).toEqual(['30.90', '-0.0', '1E2']);
  });

  it('locates values, keys and missing paths at their nearest ancestor', () => {
    const { map } = read('a:\n  b: "x"\n  c: |\n    text\n  d:\n  list:\n    - 1\n    - { e: *x }\n'.replace('*x', 'y'));
    const at = (path: (string | number)[], extra: { at?: 'key' } = {}) => {
      const issue = map.issue('invalid_value', path, 'm', extra);
      return [issue.line, issue.column];
    };
    expect(at(['a', 'b'])).toEqual([2, 6]); // the opening quote
    expect(at(['a', 'b'], { at: 'key' })).toEqual([2, 3]);
    expect(at(['a', 'c'])).toEqual([3, 6]); // the | header
    expect(at(['a', 'd'])).toEqual([5, 5]); // just after the colon of an empty value
    expect(at(['a', 'list', 1, 'e'])).toEqual([8, 12]);
    expect(at(['a', 'list', 7])).toEqual([7, 5]); // no item 7: the list
    expect(at(['a', 'nothing', 'deeper'])).toEqual([2, 3]); // no key: the mapping a
    expect(at([])).toEqual([1, 1]);
  });

  it('counts lines past CRLF and lone CR line breaks', () => {
    expect(issuesOf('a: 1\r\nb: 2\r\nb: 3\r\n')).toEqual([['syntax_error', 3, 1]]);
    expect(issuesOf('a: 1\rb: 2\rb: 3\r')).toEqual([['syntax_error', 3, 1]]);
  });

  it('reads aliases as the anchored value, located at the alias', () => {
    const { data, map } = read('a: &n 30.90\nb: *n\nc: &m { k: 1 }\nd: *m\n');
    expect(data).toEqual({ a: 30.9, b: 30.9, c: { k: 1 }, d: { k: 1 } });
    expect(map.numberText(['b'])).toBe('30.90');
    expect(map.issue('invalid_value', ['d'], 'm')).toMatchObject({ line: 4, column: 4 });
  });

  it('refuses duplicate keys, forbidden keys and keys that are not strings', () => {
    expect(issuesOf('a: 1\nb: 2\na: 3\n')).toEqual([['syntax_error', 3, 1]]);
    expect(issuesOf('"2014": a\n2014: b\n')).toEqual([['syntax_error', 2, 1]]);
    expect(issuesOf('a: 1\n__proto__: { constructor: 1 }\n')).toEqual([['forbidden_key', 2, 1]]);
    expect(issuesOf('? [a]\n: 1\nnull: 2\n')).toEqual([['invalid_type', 1, 3], ['invalid_type', 3, 1]]);
  });

  it('accepts the core schema tags and refuses all others', () => {
    expect(read('a: !!str 2014\nb: !!int "2014"\nc: ! 7\nd: !!map { e: 1 }\n').data).toEqual({ a: '2014', b: 2014, c: '7', d: { e: 1 } });
    expect(issuesOf('a: !!binary aGk=\nb: !!timestamp 2014-09-10\nc: !foo x\nd: !!set { x }\ne: !!int abc\nf: !!str [1]\n')).toEqual([
      ['unsupported_tag', 1, 4],
      ['unsupported_tag', 2, 4],
      ['unsupported_tag', 3, 4],
      ['unsupported_tag', 4, 4],
      ['unsupported_tag', 5, 4],
      ['unsupported_tag', 6, 4],
    ]);
  });

  it('reads one document only', () => {
    expect(read('---\na: 1\n...\n').data).toEqual({ a: 1 });
    expect(issuesOf('a: 1\n---\nb: 2\n')).toEqual([['syntax_error', 3, 1]]);
  });

  it('calls a file without data empty', () => {
    expect(issuesOf('# a comment only\n')).toEqual([['empty_file', 1, 1]]);
    expect(issuesOf('~\n')).toEqual([['empty_file', 1, 1]]);
    expect(issuesOf(' \n\t\n')).toEqual([['empty_file', 1, 1]]);
  });
});

describe('readSource in pieces (long files)', () => {
  const seeds = readdirSync(new URL('../../seeds/', import.meta.url))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => readFileSync(new URL(`../../seeds/${f}`, import.meta.url), 'utf8'));

  /** What a reading gives: data, issues, and where every node of the first levels is. */
  function outcome(result: SourceResult) {
    if (!result.ok) return { issues: result.issues };
    const { data, map } = result;
    const places: unknown[] = [];
    const visit = (node: unknown, path: (string | number)[]): void => {
      places.push([map.issue('invalid_value', path, '').line, map.issue('invalid_value', path, '', { at: 'key' }).column, map.numberText(path)]);
      if (node !== null && typeof node === 'object' && path.length < 4) {
        for (const [k, v] of Object.entries(node)) visit(v, [...path, Array.isArray(node) ? Number(k) : k]);
      }
    };
    visit(data, []);
    return { data, issues: result.issues, places };
  }
  const read = (text: string, pieceLength: number) => {
    let how = '';
    const result = readSource(text, { file: 'x.yaml', pieceLength, onRead: (h) => (how = h) });
    return { how, outcome: outcome(result) };
  };

  it('splits at top-level keys and between the items of long block sequences', () => {
    const text = 'a: 1\nlist:\n  - x\n  - { y: 2 }\n  - |\n    z\n  - w\n# note\nb: [1,\n  2]\nc:\n- 1\n- 2\n';
    expect(planPieces(text, 10)?.map((p) => [p.kind, text.slice(p.start, p.end)])).toEqual([
      ['entry', 'a: 1\n'],
      ['head', 'list:\n  - x\n'],
      ['items', '  - { y: 2 }\n'],
      ['items', '  - |\n    z\n'],
      ['items', '  - w\n# note\n'],
      ['entry', 'b: [1,\n  2]\n'],
      ['head', 'c:\n- 1\n- 2\n'],
    ]);
    expect(planPieces('c:\n- 1\n- 2\n- 3\n', 4)?.map((p) => [p.kind, p.last])).toEqual([
      ['head', false],
      ['items', false],
      ['items', true],
    ]);
    expect(read(text, 10)).toEqual({ how: 'pieces', outcome: read(text, Infinity).outcome });
  });

  it('does not split what cannot be split', () => {
    expect(planPieces('[1, 2]', 1)).toBeUndefined();
    expect(planPieces('- a\n- b\n', 1)).toBeUndefined();
    expect(planPieces('a: 1\n---\nb: 2\n', 1)).toBeUndefined();
    expect(planPieces('%YAML 1.2\n---\na: 1\n', 1)).toBeUndefined();
    expect(planPieces('? a\n: 1\n', 1)).toBeUndefined();
  });

  it.each(seeds.map((text, i) => [i, text] as const))('reads seed %i the same in pieces as whole', (_, text) => {
    expect(read(text, 300)).toEqual({ how: 'pieces', outcome: read(text, Infinity).outcome });
  });

  it('reads damaged seeds the same in pieces as whole, errors included (property)', () => {
    const noise = fc.constantFrom('\n', '\n- ', '\n  - ', '\nkey:\n', ': ', '"', "'", '[', '{', '&a ', '*a', '|\n', '#', '  ', '\t', '\r', '---\n');
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.nat(), fc.nat(30), fc.array(noise, { maxLength: 3 }), fc.constantFrom(60, 400), (seed, at, cut, insert, length) => {
        const i = at % seed.length;
        const text = seed.slice(0, i) + insert.join('') + seed.slice(i + cut);
        expect(read(text, length).outcome).toEqual(read(text, Infinity).outcome);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
