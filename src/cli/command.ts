/** What a command of the CLI is: its name, help, the options it takes and how it runs. */
import type { Lang } from '../index.js';
import type { CliIO } from './io.js';

/** One option: its type for parseArgs, a short flag, the placeholder of its value, its help line. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** Repeatable: the values come as a list. */
  readonly multiple?: boolean;
  readonly short?: string;
  readonly value?: string;
  readonly help: string;
}

/** Every option any command takes, with its help line. One table: parsing and help derive from it. */
export const OPTIONS = {
  format: { type: 'string', short: 'f', value: '<f>', help: 'output format' },
  output: { type: 'string', short: 'o', value: '<file>', help: 'write the output to a file (whole or not at all)' },
  'fail-on': {
    type: 'string',
    value: '<l>',
    help: 'the least bad result that exits 1 — check: near-miss | inconsistent | none (default inconsistent); monitor: behind | limited | moving-away | none (default moving-away)',
  },
  tolerance: { type: 'string', value: '<t>', help: 'near-miss tolerance, relative: a fraction or a percent below 100% (default 1%)' },
  band: { type: 'string', value: '<b>', help: 'the 左右/约 band, relative: a fraction or a percent below 100% (default 5%)' },
  lenient: { type: 'boolean', help: '±1 unit of the last digit for every measured figure' },
  lang: { type: 'string', value: '<l>', help: 'zh | en (default zh when the LANG environment variable starts with zh, else en)' },
  seeds: { type: 'boolean', help: 'also check the five seed plans that come with the package' },
  from: { type: 'string', value: '<year>', help: 'the base year' },
  to: { type: 'string', value: '<year>', help: 'the last (target) year' },
  chart: { type: 'string', value: '<file.svg>', help: 'also write a chart as SVG (needs the optional packages vega and vega-lite)' },
  scenario: { type: 'string', multiple: true, value: '<name>', help: "a scenario of the plan file's scenarios section, by id or name; repeatable" },
  set: { type: 'string', multiple: true, value: '<id.rate=8%>', help: 'a change: id.rate=8%, id.rate@2016=8% (from 2016), id.base=950亿元, id.year=2021 (targets due then); repeatable' },
  shock: { type: 'string', multiple: true, value: '<id@2015=-5%>', help: "a one-year shock: that year's growth, then the old rate; repeatable" },
  runs: { type: 'string', value: '<n>', help: 'the number of simulated paths (default 10000)' },
  seed: { type: 'string', value: '<n>', help: 'the seed of the random generator (default 1; the same seed gives the same result)' },
  sd: { type: 'string', value: '<rate>', help: 'the standard deviation of the yearly rate, a fraction or a percent (default 2%)' },
  distribution: { type: 'string', value: '<d>', help: "normal | uniform | triangular around the planned rate with that sd, or bootstrap: every historical rate the plan states, pooled (default normal)" },
  actuals: { type: 'string', value: '<file>', help: 'actual values: CSV (indicator, year or date, value[, unit, source]), YAML or JSON' },
  'as-of': { type: 'string', value: '<date>', help: 'the evaluation date (YYYY-MM-DD, YYYY-MM for the month end, or a year for Dec 31); default the last actual' },
  by: { type: 'string', value: '<by>', help: 'year | quarter | month | unit (default year): annual targets, a flow\'s in-year targets, or sub-units' },
  check: { type: 'boolean', help: "also check the result and print the findings" },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
} as const satisfies Readonly<Record<string, OptionSpec>>;

/** The name of an option of {@link OPTIONS}. */
export type OptionName = keyof typeof OPTIONS;

/** The values parsed from the command line (strings for string options, true for flags). */
export type OptionValues = {
  readonly [K in OptionName]?: (typeof OPTIONS)[K]['type'] extends 'boolean'
    ? boolean
    : (typeof OPTIONS)[K] extends { readonly multiple: true }
      ? readonly string[]
      : string;
};

/** What every command gets besides its arguments and options; `F` is its `--format` (undefined for a command without formats). */
export interface CommandContext<F extends string | undefined = string | undefined> {
  readonly io: CliIO;
  /** `--lang`, else from `LANG`. */
  readonly lang: Lang;
  readonly version: string;
  /** `--format`, checked against the command's formats; the first when it is not given. */
  readonly format: F;
}

/** One command of the CLI; `F` is its `--format` (undefined for a command without formats). */
export interface Command<F extends string | undefined = string | undefined> {
  readonly name: string;
  /** The arguments after the name, for the usage line: `<files or folders...>`. */
  readonly args: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The options it takes (besides --help), in the order its help lists them. */
  readonly options: readonly OptionName[];
  /** The formats of `--format`, the default first; help lists them before the details. */
  readonly formats?: readonly NonNullable<F>[];
  /** What help says after the formats (default `(default text)`). */
  readonly formatsNote?: string;
  /** Extra help lines about its options (defaults, inputs, exit codes). */
  readonly details?: readonly string[];
  /** Examples for its help. */
  readonly examples: readonly string[];
  run(args: readonly string[], options: OptionValues, context: CommandContext<F>): Promise<number>;
}
