/** `growth-targets simulate <plan>`: the probability of meeting each target when yearly growth is uncertain. */
import { fanChart, formatSimulation, simulateFloat, SCENARIO_FORMATS, type Plan, type ScenarioFormat, type RateDistribution } from '../../index.js';
import type { Command, OptionValues } from '../command.js';
import type { CliIO } from '../io.js';
import { chartFileOf, renderChart } from '../chart-file.js';
import { refuseInputs } from '../files.js';
import { emit, toleranceOf, UsageError } from '../options.js';
import { chosenScenarios, readPlan, WHAT_IF_OPTIONS } from '../plan-input.js';

const DISTRIBUTIONS = ['normal', 'uniform', 'triangular', 'bootstrap'] as const;

/** Runs from which a simulation counts as long: more than one block of paths, worth a progress line. */
const LONG_RUNS = 100_000;

function wholeOf(flag: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const clean = text.normalize('NFKC').replace(/[,_]/g, '').trim();
  const n = /^\d+(?:\.\d+)?(?:e\d+)?$/i.test(clean) ? Number(clean) : Number.NaN;
  if (!Number.isSafeInteger(n) || n > max) throw new UsageError(`option '${flag}' must be a whole number from ${flag === '--seed' ? 0 : 1} to ${max.toLocaleString('en-US')} (got '${text}')`);
  if (flag === '--runs' && n < 1) throw new UsageError(`option '--runs' must be at least 1 (got '${text}')`);
  return n;
}

/** The distribution of the flags: every shape with the standard deviation --sd, or a bootstrap of the plan's measured rates. */
function distributionOf(options: OptionValues, plan: Plan): RateDistribution {
  const kind = options.distribution ?? 'normal';
  if (!(DISTRIBUTIONS as readonly string[]).includes(kind)) throw new UsageError(`option '--distribution' must be one of ${DISTRIBUTIONS.join(', ')} (got '${kind}')`);
  if (kind === 'bootstrap') {
    if (options.sd !== undefined) throw new UsageError("option '--sd' does not apply to --distribution bootstrap (it draws the plan's own historical rates)");
    const rates = plan.figures.filter((f) => f.type === 'rate' && f.role === 'measured' && f.high === undefined).map((f) => `${f.value}%`);
    if (rates.length < 2) throw new UsageError(`--distribution bootstrap needs at least two historical (measured) rates in the plan; it has ${rates.length}`);
    return { kind, rates };
  }
  const sd = Number(toleranceOf(options.sd, '--sd') ?? '0.02');
  if (kind === 'normal') return { kind, sd };
  // the same standard deviation: uniform ±sd·√3, symmetric triangular ±sd·√6
  if (kind === 'uniform') return { kind, halfWidth: sd * Math.sqrt(3) };
  return { kind: 'triangular', below: sd * Math.sqrt(6), above: sd * Math.sqrt(6) };
}

/** A progress line on stderr, rewritten in place: only on a terminal, never under CI, only for long runs. */
function progressOf(io: CliIO, runs: number, lang: 'zh' | 'en'): ((done: number, total: number) => void) | undefined {
  if (!io.isTTY || (io.env['CI'] ?? '') !== '' || runs < LONG_RUNS) return undefined;
  return (done, total) => {
    const percent = Math.floor((done / total) * 100);
    const counts = `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;
    io.stderr(`\r${lang === 'zh' ? '模拟中' : 'simulating'} ${percent}% (${counts})${done >= total ? '\r\u001b[K' : ''}`);
  };
}

/** The simulate command. */
export const simulateCommand: Command<ScenarioFormat> = {
  name: 'simulate',
  args: '<plan>',
  summary: 'Monte Carlo: the probability of meeting each target, and the fan of percentile paths',
  options: ['runs', 'seed', 'sd', 'distribution', ...WHAT_IF_OPTIONS],
  formats: SCENARIO_FORMATS,
  formatsNote: "(default text); JSON gives each target's probability (0 to 1) and the percentile paths by year",
  details: [
    'the yearly rates are drawn independently each year, around the planned (or scenario) rate; the output states the assumption',
    'one --scenario (or --set/--shock) is simulated instead of the plan as written',
    'exit codes: 0 done (a low probability is a result, not a failure), 2 a usage or input error',
  ],
  examples: [
    'growth-targets simulate seeds/002-shanxi-innovation-2014.yaml --runs 100000 --seed 1 --sd 2%',
    'growth-targets simulate plan.yaml --distribution bootstrap --format json --output simulation.json --chart fan.svg',
  ],
  async run(args, options, { io, lang, version, format }) {
    const runs = wholeOf('--runs', options.runs, 10_000, 1_000_000_000);
    const seed = wholeOf('--seed', options.seed, 1, Number.MAX_SAFE_INTEGER);
    const band = toleranceOf(options.band, '--band');
    const chart = chartFileOf(options.chart);
    await refuseInputs([['--output', options.output], ['--chart', options.chart]], args.slice(0, 1), io);
    const plan = await readPlan(args, 'simulate', io);
    const distribution = distributionOf(options, plan);
    const scenarios = options.scenario === undefined && options.set === undefined && options.shock === undefined ? [] : chosenScenarios(plan, options);
    if (scenarios.length > 1) throw new UsageError('simulate runs one scenario at a time: name one --scenario');
    const onProgress = progressOf(io, runs, lang);
    const result = simulateFloat(plan, {
      runs,
      seed,
      distribution,
      ...(scenarios[0] !== undefined && { scenario: scenarios[0] }),
      ...(band !== undefined && { band }),
      ...(onProgress !== undefined && { onProgress }),
    });
    if (!(await emit(formatSimulation(result, format, { lang, version }), options.output, io))) return 2;
    if (chart !== undefined && !(await renderChart(fanChart(result, { lang }), chart, io))) return 2;
    return 0;
  },
};
