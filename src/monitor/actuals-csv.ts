/**
 * Actuals as CSV, the spreadsheet analysts keep: a header row naming the columns, one value per
 * row. UTF-8 with or without a byte-order mark; comma-separated, or tab-, semicolon- or
 * full-width-comma-separated when the header uses one of those instead. Parsed with csv-parse;
 * every row keeps its line, every cell its column.
 */
import { parse } from 'csv-parse/sync';
import { ACTUAL_FIELDS, type ActualField, type IssueMaker, type Position, type RawActual } from './actuals-rows.js';
import type { ActualsIssue } from './actuals.js';

/** Header names the CSV reader knows, besides the field names themselves (Chinese spreadsheets). */
const HEADER_ALIASES: Readonly<Record<string, ActualField>> = {
  指标: 'indicator',
  指标代码: 'indicator',
  名称: 'name',
  指标名称: 'name',
  年份: 'year',
  年度: 'year',
  年: 'year',
  日期: 'date',
  截至日期: 'date',
  类型: 'type',
  数值: 'value',
  值: 'value',
  单位: 'unit',
  来源: 'source',
  数据来源: 'source',
  备注: 'note',
  说明: 'note',
  示意: 'illustrative',
};

/** The rows of a CSV actuals file, or the issues that stop reading it. */
export type CsvRows =
  | { readonly ok: true; readonly rows: readonly RawActual[]; readonly issues: readonly ActualsIssue[] }
  | { readonly ok: false; readonly issues: readonly ActualsIssue[] };

const DELIMITERS = [',', '\t', ';', '，'] as const;

/** The delimiter the header line uses most (outside quotes); a comma when it uses none. */
function delimiterOf(header: string): string {
  const outside = header.replace(/"[^"]*"/g, '');
  let best = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = outside.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** Offsets (0-based, in the line) where each field of a CSV line starts, quotes respected. */
function fieldStarts(line: string, delimiter: string): readonly number[] {
  const starts = [0];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') i += 1;
        else quoted = false;
      }
    } else if (c === '"' && i === starts[starts.length - 1]) {
      quoted = true;
    } else if (line.startsWith(delimiter, i)) {
      starts.push(i + delimiter.length);
      i += delimiter.length - 1;
    }
  }
  return starts;
}

/** The header cell names a field: its own name (any case) or a Chinese alias. */
function fieldOf(name: string): ActualField | undefined {
  const clean = name.normalize('NFKC').trim();
  const lower = clean.toLowerCase();
  return (ACTUAL_FIELDS as readonly string[]).includes(lower) ? (lower as ActualField) : HEADER_ALIASES[clean];
}

interface CsvRecord {
  readonly record: readonly string[];
  readonly info: { readonly lines: number };
}

/**
 * Reads the rows of a CSV actuals file. Malformed CSV (an unclosed quote), an empty file, a
 * header without the needed columns or with unknown ones, and rows longer than the header come
 * back as issues with line and column; this function does not throw.
 *
 * @example
 * readCsvRows('indicator,year,value\nsales,2016,1\n', issueMaker('a.csv')).ok //=> true
 */
export function readCsvRows(text: string, issue: IssueMaker): CsvRows {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, issues: [issue('empty_file', [], 'the actuals file is empty', { line: 1, column: 1 })] };
  const lines = body.split(/\r\n|\n|\r/);
  const firstLine = lines.find((l) => l.trim() !== '') ?? '';
  const delimiter = delimiterOf(firstLine);

  let records: readonly CsvRecord[];
  try {
    records = parse(body, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as readonly CsvRecord[];
  } catch (error) {
    const e = error as { message?: unknown; lines?: unknown };
    const line = typeof e.lines === 'number' && e.lines > 0 ? e.lines : 1;
    const message = typeof e.message === 'string' ? e.message : String(error);
    return { ok: false, issues: [issue('syntax_error', [], `malformed CSV: ${message}`, { line, column: 1 })] };
  }

  const startLine = (r: CsvRecord): number => r.info.lines - r.record.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
  const cellPosition = (line: number, j: number): Position => {
    const starts = fieldStarts(lines[line - 1] ?? '', delimiter);
    const start = starts[j];
    return start === undefined ? { line } : { line, column: start + 1 };
  };
  const blank = (r: CsvRecord): boolean => r.record.every((c) => c.trim() === '');
  const data = records.filter((r) => !blank(r));
  const header = data[0];
  if (header === undefined) return { ok: false, issues: [issue('empty_file', [], 'the actuals file is empty', { line: 1, column: 1 })] };

  const headerLine = startLine(header);
  const issues: ActualsIssue[] = [];
  const columns: (ActualField | undefined)[] = [];
  header.record.forEach((name, j) => {
    const field = fieldOf(name);
    const where = cellPosition(headerLine, j);
    if (name.trim() === '') {
      columns.push(undefined);
    } else if (field === undefined) {
      issues.push(issue('unknown_field', ['columns', j], `unknown column ${JSON.stringify(name.trim())} (columns: ${ACTUAL_FIELDS.join(', ')})`, where, name.trim()));
      columns.push(undefined);
    } else if (columns.includes(field)) {
      issues.push(issue('unknown_field', ['columns', j], `the column ${field} appears twice`, where, name.trim()));
      columns.push(undefined);
    } else {
      columns.push(field);
    }
  });
  const need = (field: ActualField, also?: ActualField): void => {
    if (!columns.includes(field) && (also === undefined || !columns.includes(also))) {
      const what = also === undefined ? `a ${field} column` : `a ${field} or ${also} column`;
      issues.push(issue('missing_field', ['columns'], `the header has no ${what} (the first row names the columns: ${ACTUAL_FIELDS.join(', ')})`, { line: headerLine, column: 1 }));
    }
  };
  need('indicator');
  need('value');
  need('year', 'date');
  if (issues.length > 0) return { ok: false, issues };
  if (data.length === 1) return { ok: false, issues: [issue('empty_file', [], 'the actuals file has a header and no values', { line: headerLine + 1, column: 1 })] };

  const rows: RawActual[] = [];
  data.slice(1).forEach((r, index) => {
    const line = startLine(r);
    const used = r.record.reduce((last, cell, j) => (cell.trim() === '' ? last : j), -1);
    if (used >= columns.length) {
      // A number written with thousands separators and no quotes (1,180.6) splits into two cells.
      const split = r.record.findIndex((cell, j) => /^[+-]?\d{1,3}$/.test(cell.trim()) && /^\d{3}(?:\.\d+)?$/.test((r.record[j + 1] ?? '').trim()));
      const hint =
        split >= 0 && delimiter === ','
          ? `; a number with thousands separators must be quoted ("${r.record[split]?.trim()},${r.record[split + 1]?.trim()}") or written without them`
          : '';
      issues.push(issue('syntax_error', ['actuals', index], `line ${line}: a row of ${used + 1} cells under a header of ${columns.length} columns${hint}`, cellPosition(line, columns.length), r.record.slice(columns.length).join(delimiter)));
      return;
    }
    const cells: Partial<Record<ActualField, string>> = {};
    const indexOf = new Map<ActualField, number>();
    columns.forEach((field, j) => {
      if (field === undefined) return;
      cells[field] = r.record[j] ?? '';
      indexOf.set(field, j);
    });
    rows.push({
      index,
      cells,
      line,
      at: (field) => {
        const j = indexOf.get(field);
        return j === undefined ? { line, column: 1 } : cellPosition(line, j);
      },
    });
  });
  return { ok: true, rows, issues };
}
