/**
 * What the what-if commands (scenario, simulate) read from the command line: the plan file, the
 * scenarios it names, and the changes of `--set` and `--shock`.
 */
import { convert, findScenario, formatIssue, parsePlan, parseQuantity, type Plan, type Scenario, type ScenarioChange } from '../index.js';
import type { OptionName, OptionValues } from './command.js';
import type { CliIO } from './io.js';
import { UsageError } from './options.js';
import { readInput } from './files.js';

/** The options of a what-if run (the scenarios to run, the band, the output and its chart), in the order help lists them. */
export const WHAT_IF_OPTIONS: readonly OptionName[] = ['scenario', 'set', 'shock', 'band', 'format', 'output', 'chart', 'lang'];

/**
 * Reads and parses one plan file; its warnings go to stderr, its errors end the command.
 *
 * @throws UsageError for a missing, unreadable or invalid file, or more than one.
 * @example
 * (await readPlan(['seeds/004.yaml'], 'scenario', io)).id //=> 'taiyuan-revitalization-2012'
 */
export async function readPlan(args: readonly string[], command: string, io: CliIO): Promise<Plan> {
  const [file, extra] = args;
  if (file === undefined) throw new UsageError(`'${command}' needs a plan file (.yaml, .yml or .json)`);
  if (extra !== undefined) throw new UsageError(`'${command}' takes one plan file (unexpected '${extra}')`);
  const info = await io.stat(file);
  if (info === undefined) throw new UsageError(`no such file: ${file}`);
  if (info.isDirectory) throw new UsageError(`'${command}' takes one plan file, not a folder: ${file}`);
  const read = await readInput(file, io);
  if (!read.ok) throw new UsageError(formatIssue(read.issue, file));
  const parsed = parsePlan(read.text, { file });
  for (const issue of parsed.issues) io.stderr(`${formatIssue(issue, file)}\n`);
  if (!parsed.ok) throw new UsageError(`${file} is not a valid plan (${parsed.issues.length} issue${parsed.issues.length === 1 ? '' : 's'} above)`);
  return parsed.plan;
}

/** A rate written as a percentage (`8%`, `-5%`), as the % text a scenario change holds (`8`, `-5`). */
function percentOf(text: string, flag: string): string {
  let q;
  try {
    q = parseQuantity(text);
  } catch {
    q = undefined;
  }
  if (q === undefined || q.unit.symbol !== '%' || q.qualifiers !== undefined) {
    throw new UsageError(`${flag} needs a percentage such as 8% or -5% (got '${text}')`);
  }
  return q.text;
}

function yearOf(text: string, flag: string): number {
  if (!/^\d{4}$/.test(text)) throw new UsageError(`${flag} needs a four-digit year (got '${text}')`);
  return Number(text);
}

/** The indicator an id names (an indicator, or a figure of one), for `--set` and `--shock`. */
function indicatorOf(plan: Plan, id: string, flag: string): { readonly indicator: string; readonly figure?: string } {
  if (plan.indicators.some((i) => i.id === id)) return { indicator: id };
  const figure = plan.figures.find((f) => f.id === id);
  if (figure !== undefined) return { indicator: figure.indicator, figure: figure.id };
  throw new UsageError(`${flag} names '${id}', which is neither an indicator nor a figure of the plan`);
}

const SET = /^([a-z0-9_]+)\.(rate|base|year)(?:@(\d{4}))?=(.+)$/;
const SET_PARTS = ['rate', 'base', 'year'] as const;

/**
 * A hint for a `--set` without its `.rate`/`.base`/`.year`: an id of the plan written alone
 * (`sales=8%`), or with the part joined by an underscore (`sales_rate=8%`).
 */
function setHint(plan: Plan, text: string): string {
  const m = /^([a-z0-9_]+)((?:@\d{4})?=.*)$/.exec(text.normalize('NFKC').trim());
  if (m === null) return '';
  const [, key = '', rest = ''] = m;
  const known = (id: string): boolean => plan.indicators.some((i) => i.id === id) || plan.figures.some((f) => f.id === id);
  const part = SET_PARTS.find((p) => key.endsWith(`_${p}`) && known(key.slice(0, -p.length - 1)));
  if (part !== undefined) return `; did you mean '${key.slice(0, -part.length - 1)}.${part}${rest}'?`;
  return known(key) ? `; did you mean '${key}.rate${rest}'?` : '';
}
const SHOCK = /^([a-z0-9_]+)@(\d{4})=(.+)$/;

/**
 * One `--set`: `ID.rate=8%` (every year), `ID.rate@2016=8%` (from 2016 on), `ID.base=950亿元` (a
 * unit is converted to the indicator's; none means the indicator's), `ID.year=2021` (the targets
 * fall due in 2021; with a figure's id, that target only).
 *
 * @throws UsageError for a change the grammar or the plan does not know.
 * @example
 * setChange(plan, 'sales.rate@2016=8%') //=> { kind: 'rate', indicator: 'sales', rate: '8', from: 2016 }
 */
export function setChange(plan: Plan, text: string): ScenarioChange {
  const m = SET.exec(text.normalize('NFKC').trim());
  if (m === null) throw new UsageError(`--set must look like ID.rate=8%, ID.rate@2016=8%, ID.base=950亿元 or ID.year=2021 (got '${text}')${setHint(plan, text)}`);
  const [, id = '', key, from, value = ''] = m;
  const { indicator, figure } = indicatorOf(plan, id, '--set');
  if (key !== 'year' && figure !== undefined) throw new UsageError(`--set ${key} takes an indicator, not the figure '${figure}'`);
  if (from !== undefined && key !== 'rate') throw new UsageError(`--set ${key} takes no @year (got '${text}')`);
  switch (key) {
    case 'rate':
      return { kind: 'rate', indicator, rate: percentOf(value, '--set rate'), ...(from !== undefined && { from: yearOf(from, '--set rate@') }) };
    case 'base': {
      const unit = plan.indicators.find((i) => i.id === indicator)?.unit ?? '';
      let q;
      try {
        q = /^[+-]?[\d.,]+$/.test(value) ? parseQuantity(`${value}${unit}`) : convert(parseQuantity(value), unit);
      } catch (error) {
        throw new UsageError(`--set base needs a number in ${unit} or a quantity convertible to it (got '${value}': ${error instanceof Error ? error.message : String(error)})`);
      }
      return { kind: 'base', indicator, value: q.value.toFixed() };
    }
    default:
      return { kind: 'target_year', indicator, year: yearOf(value, '--set year'), ...(figure !== undefined && { figure }) };
  }
}

/**
 * One `--shock`: `ID@2015=-5%`, the growth of 2015 is −5%, then the old rate again.
 *
 * @throws UsageError for a change the grammar or the plan does not know.
 * @example
 * shockChange(plan, 'sales@2015=-5%') //=> { kind: 'shock', indicator: 'sales', year: 2015, rate: '-5' }
 */
export function shockChange(plan: Plan, text: string): ScenarioChange {
  const m = SHOCK.exec(text.normalize('NFKC').trim());
  if (m === null) throw new UsageError(`--shock must look like ID@2015=-5% (got '${text}')`);
  const [, id = '', year = '', value = ''] = m;
  const { indicator, figure } = indicatorOf(plan, id, '--shock');
  if (figure !== undefined) throw new UsageError(`--shock takes an indicator, not the figure '${figure}'`);
  return { kind: 'shock', indicator, year: yearOf(year, '--shock'), rate: percentOf(value, '--shock') };
}

/** Finds a scenario of the plan by id or name, or says which there are. */
function scenarioNamed(plan: Plan, name: string): Scenario {
  try {
    return findScenario(plan, name);
  } catch {
    const known = (plan.scenarios ?? []).map((s) => `${s.id} (${s.name})`);
    throw new UsageError(`--scenario '${name}' is not a scenario of the plan (${known.length === 0 ? 'it has none' : known.join(', ')})`);
  }
}

/**
 * The scenarios a what-if command runs: the `--scenario`s named (all the plan's when none is
 * named and there are no `--set`/`--shock`), and one more made of the `--set` and `--shock`
 * changes, on top of the one `--scenario` when exactly one is named.
 *
 * @throws UsageError for a --scenario the plan does not have, or a bad --set / --shock.
 * @example
 * chosenScenarios(taiyuan, {}).map((s) => s.id) //=> ['action_plan', 'outline']
 */
export function chosenScenarios(plan: Plan, options: OptionValues): readonly Scenario[] {
  const named = (options.scenario ?? []).map((name) => scenarioNamed(plan, name));
  const changes = [...(options.set ?? []).map((t) => setChange(plan, t)), ...(options.shock ?? []).map((t) => shockChange(plan, t))];
  if (changes.length === 0) return named.length > 0 ? named : (plan.scenarios ?? []);
  const label = [...(options.set ?? []), ...(options.shock ?? []).map((t) => `shock ${t}`)].join(', ');
  const under = named.length === 1 ? named[0] : undefined;
  const adHoc: Scenario = {
    id: 'command_line',
    name: under === undefined ? label : `${under.name} + ${label}`,
    changes: [...(under?.changes ?? []), ...changes],
  };
  return under === undefined ? [...named, adHoc] : [adHoc];
}
