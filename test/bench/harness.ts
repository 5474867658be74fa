/**
 * What npm run bench measures inside growth-targets: the plan reader on its own and the phases of
 * checking one file. The bench bundles this file from src into a temporary folder; it is not part
 * of the package.
 */
import { checkPlan } from '../../src/check/index.js';
import { formatReports } from '../../src/report/index.js';
import { normalizePlan } from '../../src/plan/normalize.js';
import { planFileSchema } from '../../src/plan/schema.js';
import { readSource } from '../../src/plan/source.js';
import { validatePlan } from '../../src/plan/validate.js';

export { readSource };

/** The phases of `growth-targets check <file> --format json`, in order. */
export const PHASES = ['read', 'schema', 'normalize', 'validate', 'check', 'format'] as const;

/**
 * Runs the phases of checking one plan file once, as the CLI does, and returns the milliseconds
 * of each and the length of the JSON output.
 *
 * @example
 * breakdown(text, 'plan.yaml').read //=> 120.5
 */
export function breakdown(text: string, file: string): Record<(typeof PHASES)[number] | 'outputLength', number> {
  const times: Record<string, number> = {};
  let last = performance.now();
  const lap = (phase: string): void => {
    const now = performance.now();
    times[phase] = now - last;
    last = now;
  };
  const source = readSource(text, { file });
  lap('read');
  if (!source.ok) throw new Error(`${file}: ${JSON.stringify(source.issues.slice(0, 3))}`);
  const parsed = planFileSchema.safeParse(source.data, { reportInput: true });
  lap('schema');
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message.slice(0, 300)}`);
  const plan = normalizePlan(parsed.data, source.map);
  lap('normalize');
  const issues = validatePlan(plan, { map: source.map });
  lap('validate');
  const report = checkPlan(plan);
  lap('check');
  const output = formatReports([{ ...report, plan: { ...report.plan, file }, issues: [...issues, ...report.issues] }], 'json', {
    lang: 'en',
    version: 'bench',
    failOn: 'none',
  });
  lap('format');
  return { ...(times as Record<(typeof PHASES)[number], number>), outputLength: output.length };
}
