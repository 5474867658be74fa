/** The machine format: the reports as JSON, every decimal as an exact `toFixed` string. */
import type { PlanReport } from '../../index.js';
import type { FormatContext } from './context.js';

/** Duck-typed test for a decimal.js value (the CLI does not import decimal.js). */
function isDecimal(value: object): value is { toFixed(): string } {
  const v = value as Record<string, unknown>;
  return typeof v['toFixed'] === 'function' && typeof v['isFinite'] === 'function' && 'd' in v && 'e' in v && 's' in v;
}

/** Deep copy with decimals as exact strings (never exponent notation). */
export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isDecimal(value)) return value.toFixed();
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
export function formatJson(reports: readonly PlanReport[], context: FormatContext): string {
  const document = {
    version: context.version,
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
