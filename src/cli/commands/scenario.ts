/** `growth-targets scenario <plan>`: the plan as written and its what-if scenarios side by side. */
import { compareScenarios, formatScenarios, scenarioChart, SCENARIO_FORMATS, type ScenarioFormat } from '../../index.js';
import type { Command } from '../command.js';
import { emit, toleranceOf } from '../options.js';
import { chosenScenarios, readPlan, WHAT_IF_OPTIONS } from '../plan-input.js';
import { chartFileOf, renderChart } from '../chart-file.js';
import { refuseInputs } from '../files.js';

/** The scenario command. */
export const scenarioCommand: Command<ScenarioFormat> = {
  name: 'scenario',
  args: '<plan>',
  summary: "what-if scenarios side by side: the plan's own (scenarios:) or changes given on the command line",
  options: WHAT_IF_OPTIONS,
  formats: SCENARIO_FORMATS,
  details: [
    "without --scenario, --set or --shock: every scenario of the plan file; --set and --shock make one more (on top of the --scenario when exactly one is named)",
    'exit codes: 0 done (a missed target is a result, not a failure: use check to gate), 2 a usage or input error',
  ],
  examples: [
    'growth-targets scenario seeds/004-taiyuan-revitalization.yaml',
    'growth-targets scenario seeds/002-shanxi-innovation-2014.yaml --set new_product_sales.rate=8% --shock new_product_sales@2015=-5%',
    'growth-targets scenario plan.yaml --scenario outline --format markdown --chart scenarios.svg',
  ],
  async run(args, options, { io, lang, version, format }) {
    const band = toleranceOf(options.band, '--band');
    const chart = chartFileOf(options.chart);
    await refuseInputs([['--output', options.output], ['--chart', options.chart]], args.slice(0, 1), io);
    const plan = await readPlan(args, 'scenario', io);
    const scenarios = chosenScenarios(plan, options);
    const comparison = compareScenarios(plan, scenarios, band === undefined ? {} : { band });
    if (!(await emit(formatScenarios(comparison, format, { lang, version }), options.output, io))) return 2;
    if (chart !== undefined && !(await renderChart(scenarioChart(comparison, { lang }), chart, io))) return 2;
    return 0;
  },
};
