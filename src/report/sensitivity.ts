/** A sensitivity grid as text, Markdown or JSON: rates down, years or bases across, each cell its value and ✓/✗. */
import type { SensitivityGrid } from '../scenario/index.js';
import { sensitivityInUnits } from './json-units.js';
import { plainForJson, scenarioFormatOf, type ScenarioFormat, type ScenarioReportOptions } from './scenario.js';
import { pathDecimals, scenarioWords, showValue, targetLabel } from './scenario-words.js';
import { markdownTable, textTable } from './table.js';

/**
 * Renders a sensitivity grid ({@link sensitivityGrid}):
 * - `text` and `markdown`: the target, then a table with a row per rate (in %) and a column per
 *   year or base, each cell the target's value with ✓ (met) or ✗;
 * - `json`: the grid as data, decimals as exact strings in the units beside them (`rates` in %).
 *
 * @throws `invalid_option` for an unknown format or language.
 * @example
 * formatSensitivity(grid, 'text', { lang: 'zh' }).split('\n')[0] //=> '信息产业主营业务收入 1700亿元：敏感性分析'
 */
export function formatSensitivity(grid: SensitivityGrid, format: ScenarioFormat, options: ScenarioReportOptions = {}): string {
  const chosen = scenarioFormatOf(format);
  const words = scenarioWords(options.lang);
  if (chosen === 'json') {
    const document = { ...(options.version !== undefined && { version: options.version }), ...sensitivityInUnits(grid) };
    return `${JSON.stringify(plainForJson(document), null, 2)}\n`;
  }
  const separator = options.lang === 'zh' ? '：' : ': ';
  const label = targetLabel(grid);
  const decimals = grid.type === 'level' || grid.type === 'total' ? pathDecimals(grid.base, grid.unit) : 2;
  const header = [
    `${words.rate} \\ ${grid.columns.kind === 'year' ? words.year : words.base}`,
    ...(grid.columns.kind === 'year' ? grid.columns.values.map(String) : grid.columns.values.map((b) => b.toFixed())),
  ];
  const rows = grid.rates.map((rate, i) => [
    showValue(rate, '%', 2, true),
    ...(grid.cells[i] ?? []).map((c) => `${showValue(c.value, grid.unit, decimals, grid.type !== 'level' && grid.type !== 'total')} ${c.met ? '✓' : '✗'}`),
  ]);
  const title = `${label}${separator}${words.sensitivity}`;
  if (chosen === 'markdown') return `## ${title}\n\n${markdownTable([header, ...rows])}\n`;
  return `${title}\n${textTable([header, ...rows], '  ')}\n`;
}
