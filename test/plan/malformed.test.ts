import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, type PlanIssueCode } from '../../src/plan/index.js';

const dir = new URL('../fixtures/malformed/', import.meta.url);

/**
 * Each malformed file, the first issue it must produce: code, JSON path, 1-based line and column.
 * A syntax error points where the parser (js-yaml) stops: at the badly indented `type` on line 12,
 * column 4 (the `yaml` package pointed at the start of that line).
 */
const cases: readonly [file: string, code: PlanIssueCode, path: readonly (string | number)[], line: number, column: number][] = [
  ['bad-indentation.yaml', 'syntax_error', [], 12, 4],
  ['bad-json.json', 'syntax_error', [], 10, 3],
  ['empty.yaml', 'empty_file', [], 1, 1],
  ['unknown-unit.yaml', 'unknown_unit', ['figures', 0, 'unit'], 14, 11],
  ['not-a-number.yaml', 'invalid_number', ['figures', 0, 'value'], 13, 12],
  ['target-before-base.yaml', 'year_mismatch', ['relations', 0, 'target'], 32, 13],
  ['missing-figure.yaml', 'unknown_reference', ['relations', 0, 'target'], 32, 13],
  ['missing-indicator.yaml', 'unknown_reference', ['figures', 2, 'indicator'], 22, 16],
  ['duplicate-id.yaml', 'duplicate_id', ['relations', 0, 'id'], 28, 9],
  ['proto-key.yaml', 'forbidden_key', ['figures', 0, '__proto__'], 15, 5],
  ['constructor-key.json', 'forbidden_key', ['figures', 0, 'constructor'], 13, 7],
  ['wrong-figure-type.yaml', 'wrong_figure_type', ['relations', 0, 'base'], 30, 11],
  ['unknown-field.yaml', 'unknown_field', ['figures', 2, 'comment'], 27, 5],
];

describe('malformed plan files', () => {
  it('covers every file in the corpus', () => {
    expect(readdirSync(dir).sort()).toEqual(cases.map(([file]) => file).sort());
  });

  it.each(cases)('%s → %s', (file, code, path, line, column) => {
    const result = parsePlan(readFileSync(new URL(file, dir), 'utf8'), { file });
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code, severity: 'error', file, path, line, column });
    if (code !== 'syntax_error') expect(result.issues).toHaveLength(1);
  });

  it('names the offending value', () => {
    const value = (file: string) => parsePlan(readFileSync(new URL(file, dir), 'utf8')).issues[0]?.value;
    expect(value('not-a-number.yaml')).toBe('928.4亿元');
    expect(value('unknown-unit.yaml')).toBe('亿美金');
    expect(value('target-before-base.yaml')).toBe(2010);
    expect(value('wrong-figure-type.yaml')).toBe('rate');
    expect(value('missing-figure.yaml')).toBe('sales_2030');
  });
});
