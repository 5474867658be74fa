/** `growth-targets project` and `growth-targets rate`: the growth math on the command line. */
import { convert, decimalsOf, formatQuantity, growthPath, parseQuantity, requiredRate, roundHalfUp, type Quantity } from '../../index.js';
import type { Command, OptionValues } from '../command.js';
import { emit, formatOf, UsageError, yearOf } from '../options.js';

const FORMATS = ['text', 'json'] as const;

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

function yearsOf(options: OptionValues): { readonly from: number; readonly to: number } {
  const from = yearOf('from', options.from);
  const to = yearOf('to', options.to);
  if (to <= from) throw new UsageError(`option '--to' must be after '--from' (got ${from} to ${to})`);
  return { from, to };
}

function extra(args: readonly string[], expected: number, command: string): void {
  if (args.length > expected) throw new UsageError(`'${command}' takes ${expected} arguments (unexpected '${args[expected]}')`);
}

/**
 * `project <base> <rate> --from Y --to Y`: the value in each year, shown with one decimal more
 * than the base (四舍五入); JSON gives the exact values.
 */
export const projectCommand: Command = {
  name: 'project',
  args: '<base> <rate>',
  summary: 'the year-by-year path of base growing at rate (水平法)',
  options: ['from', 'to', 'format', 'output', 'lang'],
  details: ['formats: text | json (exact values)'],
  examples: ['growth-targets project 928.4亿元 10% --from 2012 --to 2020'],
  async run(args, options, { io }) {
    const format = formatOf(options.format, FORMATS);
    extra(args, 2, 'project');
    const base = quantityOf('base', args[0]);
    const rate = rateOf(args[1]);
    const { from, to } = yearsOf(options);
    const path = growthPath(base.value, rate, { from, to });
    let text: string;
    if (format === 'json') {
      const document = {
        base: { value: base.text, unit: base.unit.symbol },
        rate,
        from,
        to,
        path: path.map((p) => ({ year: p.year, value: p.value.toFixed() })),
      };
      text = `${JSON.stringify(document, null, 2)}\n`;
    } else {
      const decimals = decimalsOf(base.text) + 1;
      text = path
        .map((p) => `${p.year}  ${formatQuantity({ value: p.value, text: p.value.toFixed(), unit: base.unit }, { decimals })}`)
        .join('\n');
      text += '\n';
    }
    return (await emit(text, options.output, io)) ? 0 : 2;
  },
};

/**
 * `rate <base> <target> --from Y --to Y`: the average annual rate (水平法) that takes base to
 * target, in % with four decimals; JSON gives the exact fraction.
 */
export const rateCommand: Command = {
  name: 'rate',
  args: '<base> <target>',
  summary: 'the average annual rate (水平法) that takes base to target',
  options: ['from', 'to', 'format', 'output', 'lang'],
  details: ['formats: text | json (the exact fraction)'],
  examples: ['growth-targets rate 928.4亿元 2000亿元 --from 2012 --to 2020'],
  async run(args, options, { io, lang }) {
    const format = formatOf(options.format, FORMATS);
    extra(args, 2, 'rate');
    const base = quantityOf('base', args[0]);
    const target = convert(quantityOf('target', args[1]), base.unit);
    const { from, to } = yearsOf(options);
    const rate = requiredRate(base.value, target.value, to - from);
    let text: string;
    if (format === 'json') {
      const document = {
        base: { value: base.text, unit: base.unit.symbol },
        target: { value: target.text, unit: target.unit.symbol },
        from,
        to,
        method: 'geometric',
        rate: rate.toFixed(),
      };
      text = `${JSON.stringify(document, null, 2)}\n`;
    } else {
      const shown = `${roundHalfUp(rate.times(100), 4).toFixed(4)}%`;
      text =
        lang === 'zh'
          ? `${from}—${to}年所需年均增长率（水平法）：${shown}\n`
          : `required average annual growth ${from}–${to} (geometric): ${shown}\n`;
    }
    return (await emit(text, options.output, io)) ? 0 : 2;
  },
};
