/** `growth-targets project` and `growth-targets rate`: the growth math on the command line. */
import { convert, decimalsOf, formatQuantity, growthPath, parseQuantity, requiredRate, roundHalfUp, type Lang, type Quantity } from '../../index.js';
import type { Command, OptionValues } from '../command.js';
import { emit, UsageError, yearOf } from '../options.js';

const FORMATS = ['text', 'json'] as const;

/** The base and target years of `--from` and `--to`. */
interface Years {
  readonly from: number;
  readonly to: number;
}

function quantityOf(argument: string, text: string | undefined): Quantity {
  if (text === undefined) throw new UsageError(`<${argument}> is required`);
  return parseQuantity(text);
}

/** A rate argument written as a percentage (`10%`, `-3.5%`), as the `%` text `toDecimal` reads. */
function rateOf(text: string | undefined): string {
  if (text === undefined) throw new UsageError('<rate> is required');
  const q = parseQuantity(text);
  if (q.unit.symbol !== '%' || q.qualifiers !== undefined) {
    throw new UsageError(`<rate> must be a percentage such as 10% (got '${text}')`);
  }
  return `${q.text}%`;
}

function yearsOf(options: OptionValues): Years {
  const from = yearOf('from', options.from);
  const to = yearOf('to', options.to);
  if (to <= from) throw new UsageError(`option '--to' must be after '--from' (got ${from} to ${to})`);
  return { from, to };
}

function extra(args: readonly string[], expected: number, command: string): void {
  if (args.length > expected) throw new UsageError(`'${command}' takes ${expected} arguments (unexpected '${args[expected]}')`);
}

/** A quantity as the JSON output gives it: its exact text and its unit. */
function quantityJson(q: Quantity): { readonly value: string; readonly unit: string } {
  return { value: q.text, unit: q.unit.symbol };
}

/** What a growth command computes from its two arguments: its JSON fields after the base, and its text, each made when asked for. */
interface GrowthResult {
  document(): Readonly<Record<string, unknown>>;
  text(): string;
}

/** A growth command: its help, how it reads its second argument against the base, and what it computes. */
interface GrowthCommandSpec<S> extends Pick<Command, 'name' | 'args' | 'summary' | 'examples'> {
  /** What the JSON format gives, for the help's formats line. */
  readonly json: string;
  second(text: string | undefined, base: Quantity): S;
  compute(base: Quantity, second: S, years: Years, lang: Lang): GrowthResult;
}

/**
 * The steps the growth commands share: `<base> <second> --from Y --to Y` read in that order, the
 * result written as text or as JSON (the base first, exact values).
 */
function growthCommand<S>(spec: GrowthCommandSpec<S>): Command<(typeof FORMATS)[number]> {
  return {
    name: spec.name,
    args: spec.args,
    summary: spec.summary,
    options: ['from', 'to', 'format', 'output', 'lang'],
    formats: FORMATS,
    formatsNote: `(${spec.json})`,
    examples: spec.examples,
    async run(args, options, { io, lang, format }) {
      extra(args, 2, spec.name);
      const base = quantityOf('base', args[0]);
      const second = spec.second(args[1], base);
      const result = spec.compute(base, second, yearsOf(options), lang);
      const text = format === 'json' ? `${JSON.stringify({ base: quantityJson(base), ...result.document() }, null, 2)}\n` : result.text();
      return (await emit(text, options.output, io)) ? 0 : 2;
    },
  };
}

/**
 * `project <base> <rate> --from Y --to Y`: the value in each year, shown with one decimal more
 * than the base (四舍五入); JSON gives the exact values.
 */
export const projectCommand: Command<'text' | 'json'> = growthCommand({
  name: 'project',
  args: '<base> <rate>',
  summary: 'the year-by-year path of base growing at rate (水平法)',
  json: 'exact values',
  examples: ['growth-targets project 928.4亿元 10% --from 2012 --to 2020'],
  second: rateOf,
  compute(base, rate, { from, to }) {
    const path = growthPath(base.value, rate, { from, to });
    return {
      document: () => ({ rate, from, to, path: path.map((p) => ({ year: p.year, value: p.value.toFixed() })) }),
      text: () => {
        const decimals = decimalsOf(base.text) + 1;
        return `${path.map((p) => `${p.year}  ${formatQuantity({ value: p.value, text: p.value.toFixed(), unit: base.unit }, { decimals })}`).join('\n')}\n`;
      },
    };
  },
});

/**
 * `rate <base> <target> --from Y --to Y`: the average annual rate (水平法) that takes base to
 * target, in % with four decimals; JSON gives the exact fraction.
 */
export const rateCommand: Command<'text' | 'json'> = growthCommand({
  name: 'rate',
  args: '<base> <target>',
  summary: 'the average annual rate (水平法) that takes base to target',
  json: 'the exact fraction',
  examples: ['growth-targets rate 928.4亿元 2000亿元 --from 2012 --to 2020'],
  second: (text, base) => convert(quantityOf('target', text), base.unit),
  compute(base, target, { from, to }, lang) {
    const rate = requiredRate(base.value, target.value, to - from);
    return {
      document: () => ({ target: quantityJson(target), from, to, method: 'geometric', rate: rate.toFixed() }),
      text: () => {
        const shown = `${roundHalfUp(rate.times(100), 4).toFixed(4)}%`;
        return lang === 'zh' ? `${from}—${to}年所需年均增长率（水平法）：${shown}\n` : `required average annual growth ${from}–${to} (geometric): ${shown}\n`;
      },
    };
  },
});
