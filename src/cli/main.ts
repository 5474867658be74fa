/**
 * The `growth-targets` command line: `project`, `rate` and `check`. Everything it touches (files,
 * console, environment) comes in through a {@link CliIO}, so it runs in-process in tests.
 */
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { GrowthError, type Lang } from '../index.js';
import { runCheck } from './check.js';
import { runProject, runRate } from './growth.js';
import type { CliIO } from './io.js';
import { UsageError, type CommonOptions } from './options.js';

export type { CliIO, DirEntry, PathInfo } from './io.js';

/** Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage or input error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** The package version, bundled from package.json. */
export const VERSION: string = version;

const USAGE = `Usage: growth-targets <command> [options]

Commands:
  project <base> <rate> --from Y --to Y   the year-by-year path of base growing at rate
                                          (e.g. project 928.4亿元 10% --from 2012 --to 2020)
  rate <base> <target> --from Y --to Y    the average annual rate (水平法) from base to target
  check <files or folders...>             check plan files (.yaml, .yml, .json)

Options:
  --format <f>      text | json | markdown | junit | sarif | github (project, rate: text | json)
  --output <file>   write the output to a file (whole or not at all)
  --fail-on <l>     near-miss | inconsistent | none (default inconsistent)
  --tolerance <t>   near-miss tolerance, a fraction or a percent (default 1%)
  --band <b>        the 左右/约 band, relative, a fraction or a percent (default 5%)
  --lenient         ±1 unit of the last digit for every measured figure
  --lang <l>        zh | en (default zh when LANG starts with zh, else en)
  -h, --help        show this help
  -V, --version     show the version

Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage or input error.
`;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  tolerance: { type: 'string' },
  band: { type: 'string' },
  lenient: { type: 'boolean' },
  lang: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

type OptionName = keyof typeof OPTIONS;

const ALLOWED: Readonly<Record<string, readonly OptionName[]>> = {
  project: ['format', 'output', 'lang', 'from', 'to'],
  rate: ['format', 'output', 'lang', 'from', 'to'],
  check: ['format', 'output', 'fail-on', 'tolerance', 'band', 'lenient', 'lang'],
};

/** Marks a negative number (`-3.5%`) so that parseArgs takes it for a value, not a flag. */
const NEGATIVE = /^-[\d.\uFF10-\uFF19]/;
const MARK = '\u0000';

/**
 * Runs the CLI on `argv` (without the node and script paths) and resolves to the exit code.
 *
 * @example
 * await main(['rate', '928.4亿元', '2000亿元', '--from', '2012', '--to', '2020'], io) //=> 0
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`growth-targets: ${error.message}\nRun 'growth-targets --help' for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof GrowthError) {
      io.stderr(`growth-targets: ${error.code}: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`growth-targets: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.usage;
  }
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const unmark = (s: string): string => (s.startsWith(MARK) ? s.slice(1) : s);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.map((a) => (NEGATIVE.test(a) ? MARK + a : a)),
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(new RegExp(MARK, 'g'), '') : String(error));
  }
  const values = Object.fromEntries(
    Object.entries(parsed.values).map(([k, v]) => [k, typeof v === 'string' ? unmark(v) : v]),
  ) as typeof parsed.values;
  const positionals = parsed.positionals.map(unmark);

  if (values.help === true) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (values.version === true) {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const [command, ...args] = positionals;
  if (command === undefined) throw new UsageError('a command is required (project, rate or check)');
  const allowed = ALLOWED[command];
  if (allowed === undefined) throw new UsageError(`unknown command '${command}' (expected project, rate or check)`);
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && !allowed.includes(name as OptionName)) {
      throw new UsageError(`option '--${name}' does not apply to '${command}'`);
    }
  }

  const common: CommonOptions = {
    lang: langOf(values.lang, io.env),
    ...(values.format !== undefined && { format: values.format }),
    ...(values.output !== undefined && { output: values.output }),
  };
  switch (command) {
    case 'project':
      return runProject(args, { ...common, from: values.from, to: values.to }, io);
    case 'rate':
      return runRate(args, { ...common, from: values.from, to: values.to }, io);
    default:
      return runCheck(
        args,
        {
          ...common,
          failOn: values['fail-on'],
          tolerance: values.tolerance,
          band: values.band,
          lenient: values.lenient === true,
          version: VERSION,
        },
        io,
      );
  }
}

/** `--lang`, else zh when LANG starts with zh, else en. */
function langOf(flag: string | undefined, env: CliIO['env']): Lang {
  if (flag !== undefined) {
    if (flag !== 'zh' && flag !== 'en') throw new UsageError(`option '--lang' must be zh or en (got '${flag}')`);
    return flag;
  }
  return (env['LANG'] ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
