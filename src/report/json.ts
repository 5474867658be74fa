/** The machine format: the reports as JSON, every decimal as an exact `toFixed` string. */
import type { PlanReport } from '../check/index.js';
import { D } from '../math/decimal.js';
import type { Context } from './context.js';

/** Deep copy with decimals as exact strings (never exponent notation). */
export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (D.isDecimal(value)) return (value as D).toFixed();
  if (Array.isArray(value)) return value.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = toPlain(v);
  return out;
}

/**
 * Formats reports as JSON: `{ version, plans: [{ plan, counts, findings, targets, issues }] }`,
 * each finding with its rendered `message`; decimals are `toFixed` strings.
 *
 * @example
 * JSON.parse(formatJson([report], context)).plans[0].findings[0].implied.value //=> '1990.10780…'
 */
export function formatJson(reports: readonly PlanReport[], context: Context): string {
  const document = {
    ...(context.version !== undefined && { version: context.version }),
    plans: reports.map((report) => ({
      plan: toPlain(report.plan),
      counts: toPlain(report.counts),
      findings: report.findings.map((finding) => ({ ...(toPlain(finding) as object), message: context.sentence(finding) })),
      targets: toPlain(report.targets),
      issues: toPlain(report.issues),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
