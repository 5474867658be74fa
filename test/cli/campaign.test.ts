/**
 * The command line under attack (issue 10): `main(argv, io)` with random command lines made of the
 * commands, every option of the OPTIONS table with good, bad and missing values, paths that exist,
 * do not, or name the inputs, and noise. Whatever the argv, main resolves to an exit code of 0, 1
 * or 2, never throws, never prints an internal error or a stack, and never writes over an input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../../src/cli/command.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { main } from '../../src/cli/main.js';
import { memoryIO } from './memory-io.js';
import { BROKEN_PLAN, CLEAN_PLAN, INCONSISTENT_PLAN, NEAR_MISS_PLAN } from './plans.js';

const FILES = {
  'plans/a.yaml': NEAR_MISS_PLAN,
  'plans/b.yml': CLEAN_PLAN,
  'bad.yaml': INCONSISTENT_PLAN,
  'broken.yaml': BROKEN_PLAN,
  'actuals.csv': 'indicator,year,value\nnew_product_sales,2013,1000\n',
  'empty.yaml': '',
  'pkg/seeds/s.yaml': CLEAN_PLAN,
};

const VALUES = [
  'text', 'json', 'markdown', 'junit', 'sarif', 'github', 'xml',
  'near-miss', 'near_miss', 'inconsistent', 'none', 'behind', 'limited', 'moving-away',
  '1%', '0.05', '20', '-1', '150%', '', ' ', '%', 'abc', '１％',
  'zh', 'en', 'fr', '2012', '2020', '1899', '20x0', '2018-06-30', '2018-02-30', '2018-06', 'year', 'quarter', 'month', 'unit',
  'plans', 'plans/a.yaml', 'plans/b.yml', 'broken.yaml', 'actuals.csv', 'empty.yaml', 'missing.yaml', 'out.txt', 'chart.svg', 'out/deep/x.json',
  '928.4亿元', '2000亿元', '10%', '-3.5%', '2000家', '1e9000000000000000亿元', '-', '--', '-x', '--help',
];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...Object.keys(OPTIONS).map((o) => `--${o}`), '-f', '-o', '-h', '-V', '--version', '--nope') },
  { weight: 4, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** Values an option takes when used as meant. */
const GOOD: Readonly<Record<string, readonly string[]>> = {
  format: ['text', 'json', 'markdown', 'junit', 'sarif', 'github'],
  output: ['out.txt', 'report.json'],
  'fail-on': ['near-miss', 'inconsistent', 'none'],
  'monitor fail-on': ['behind', 'limited', 'moving-away', 'none'],
  tolerance: ['1%', '0.5%', '0'],
  band: ['5%', '0.1%'],
  lang: ['zh', 'en'],
  from: ['2012'],
  to: ['2020', '2015'],
  chart: ['chart.svg'],
  actuals: ['actuals.csv'],
  'as-of': ['2018-06-30', '2013'],
  by: ['year', 'quarter', 'unit'],
};

/** Positionals as each command means them. */
const POSITIONALS: Readonly<Record<string, readonly string[]>> = {
  check: ['plans', 'plans/a.yaml', 'plans/b.yml', 'bad.yaml', 'broken.yaml'],
  project: ['928.4亿元', '10%'],
  rate: ['928.4亿元', '2000亿元'],
  monitor: ['plans/a.yaml'],
  decompose: ['plans/a.yaml'],
  init: ['new.yaml'],
};

/** A command with options it takes (values mostly good, some bad), positionals, and now and then noise. */
const commandLine = fc.constantFrom(...COMMANDS).chain((command) => {
  const names = [...command.options, 'help' as const];
  const option = fc.constantFrom(...names).chain((name): fc.Arbitrary<string[]> => {
    if (OPTIONS[name].type === 'boolean') return fc.constant([`--${name}`]);
    const good = GOOD[`${command.name} ${name}`] ?? GOOD[name] ?? VALUES;
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: fc.constantFrom(...VALUES) }).map((value) => [`--${name}`, value]);
  });
  const own = POSITIONALS[command.name] ?? ['plans'];
  const positional = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...own) }, { weight: 1, arbitrary: fc.constantFrom('missing.yaml', 'empty.yaml', '-3.5%') });
  const head = fc.array(positional, { minLength: own.length > 1 && command.name !== 'check' ? 2 : 1, maxLength: 2 });
  const options = fc.array(fc.oneof({ weight: 8, arbitrary: option }, { weight: 1, arbitrary: token.map((t) => [t]) }), { maxLength: 4 });
  return fc.tuple(head, options).map(([p, o]) => [command.name, ...p, ...o.flat()]);
});

const argv: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 4, arbitrary: commandLine },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...COMMANDS.map((c) => c.name), 'help', 'frobnicate', '--help', '-V'), fc.array(token, { maxLength: 8 })).map(([command, rest]) => [command, ...rest]),
  },
);
const seen = { 0: 0, 1: 0, 2: 0 } as Record<number, number>;

describe('main with random command lines (property)', () => {
  it('exits 0, 1 or 2, never throws, never prints an internal error, never overwrites an input', async () => {
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const io = memoryIO({ files: FILES, env: { LANG: 'en_US.UTF-8' } });
        const code = await main(args, io);
        expect([0, 1, 2]).toContain(code);
        seen[code] = (seen[code] ?? 0) + 1;
        expect(io.err()).not.toMatch(/internal error|TypeError|    at /);
        for (const [path, text] of Object.entries(FILES)) expect(io.files.get(path)).toBe(text);
        // An exit 2 says why: on stderr, or (a file's issues) in the report itself.
        if (code === 2) expect(io.err().length + io.out().length).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 1000 },
    );
    // The runs reach past the parsing of options: some check clean, some find, some fail on input.
    expect(seen[0]).toBeGreaterThan(50);
    expect(seen[1]).toBeGreaterThan(5);
  });
});
