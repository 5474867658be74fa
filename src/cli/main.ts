/**
 * The `growth-targets` command line. Everything it touches (files, console, environment) comes in
 * through a {@link CliIO}, so it runs in-process in tests. Commands live in ./commands, one file
 * each; their options, usage and help derive from one table (./command.ts).
 */
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { GrowthError, type Lang } from '../index.js';
import { OPTIONS, type Command, type OptionName, type OptionSpec, type OptionValues } from './command.js';
import { COMMANDS } from './commands/index.js';
import { IOError, type CliIO } from './io.js';
import { asFlags, formatOf, UsageError } from './options.js';

export type { CliIO, DirEntry, PathInfo } from './io.js';

/** Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage or input error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** The package version, bundled from package.json. */
export const VERSION: string = version;

/** Marks a negative number (`-3.5%`) so that parseArgs takes it for a value, not a flag. */
const NEGATIVE = /^-[\d.\uFF10-\uFF19]/;
const MARK = '\u0000';

/** The option's flags as help shows them: `-f, --format <f>`. */
function flags(name: OptionName): string {
  const o = OPTIONS[name] as OptionSpec;
  return `${o.short === undefined ? '    ' : `-${o.short}, `}--${name}${o.value === undefined ? '' : ` ${o.value}`}`;
}

function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([a]) => a.length)) + 2;
  return rows.map(([a, b]) => `  ${a.padEnd(width)}${b}`).join('\n');
}

/** The general help: the commands and the options every command shares. */
function usage(): string {
  return `Usage: growth-targets <command> [arguments] [options]

Commands:
${table(COMMANDS.map((c) => [`${c.name} ${c.args}`, c.summary]))}
  help [command]             help on a command

Run 'growth-targets help <command>' (or '<command> --help') for its options and examples.

Options of every command:
${table([[flags('help'), OPTIONS.help.help], ['-V, --version', 'show the version']])}

Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage or input error.
`;
}

/** The help of one command. */
function commandHelp(c: Command): string {
  const options: readonly OptionName[] = [...c.options, 'help'];
  const details = c.formats === undefined ? c.details : [`formats: ${c.formats.join(' | ')} ${c.formatsNote ?? '(default text)'}`, ...(c.details ?? [])];
  return `Usage: growth-targets ${c.name} ${c.args} [options]

${c.summary}

Options:
${table(options.map((name) => [flags(name), OPTIONS[name].help]))}
${details === undefined ? '' : `\n${details.join('\n')}\n`}
Examples:
${c.examples.map((e) => `  ${e}`).join('\n')}
`;
}

/** Edits (insert, delete, replace, swap two neighbours) between two short words. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** ` (did you mean 'x'?)` for a word one or two edits from a known one, else nothing. */
export function didYouMean(word: string, known: readonly string[]): string {
  if (word.length > 40) return '';
  const best = known.map((k) => [k, editDistance(word, k)] as const).sort((x, y) => x[1] - y[1])[0];
  return best !== undefined && best[1] <= Math.min(2, Math.floor(best[0].length / 3)) ? ` (did you mean '${best[0]}'?)` : '';
}

function findCommand(name: string): Command {
  const found = COMMANDS.find((c) => c.name === name);
  if (found === undefined) {
    const names = COMMANDS.map((c) => c.name);
    throw new UsageError(`unknown command '${name}'${didYouMean(name, names)}; the commands are ${names.join(', ')} and help`);
  }
  return found;
}

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
      io.stderr(`growth-targets: ${error.code}: ${asFlags(error)}\n`);
      return EXIT.usage;
    }
    if (error instanceof IOError) {
      io.stderr(`growth-targets: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`growth-targets: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.usage;
  }
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError(`a command is required (${COMMANDS.map((c) => c.name).join(', ')})`);
  if (first === '--help' || first === '-h') {
    io.stdout(usage());
    return EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    io.stdout(rest[0] === undefined ? usage() : commandHelp(findCommand(rest[0])));
    return EXIT.ok;
  }
  if (first.startsWith('-')) throw new UsageError(`a command comes first (got '${first}')`);
  const command = findCommand(first);
  const { values, positionals } = parse(command, rest);
  if (values.help === true) {
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  const lang = langOf(values.lang, io.env);
  const format = command.formats === undefined ? undefined : formatOf(values.format, command.formats);
  return command.run(positionals, values, { io, lang, version: VERSION, format });
}

/** Parses a command's arguments against the options it takes. */
function parse(command: Command, args: readonly string[]): { values: OptionValues; positionals: readonly string[] } {
  const names: readonly OptionName[] = [...command.options, 'help'];
  const options = Object.fromEntries(names.map((n) => [n, OPTIONS[n]]));
  const unmark = (s: string): string => (s.startsWith(MARK) ? s.slice(1) : s);
  let parsed;
  try {
    parsed = parseArgs({ args: args.map((a) => (NEGATIVE.test(a) ? MARK + a : a)), options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.replaceAll(MARK, '') : String(error);
    const unknown = /Unknown option '([^']*)'/.exec(message)?.[1];
    if (unknown !== undefined) {
      const flags = names.map((n) => `--${n}`);
      throw new UsageError(`unknown option '${unknown}' for '${command.name}'${didYouMean(unknown, flags)}; its options are ${flags.join(', ')}`);
    }
    throw new UsageError(message.split('\n')[0] ?? message);
  }
  const clean = (v: unknown): unknown => (typeof v === 'string' ? unmark(v) : Array.isArray(v) ? v.map(clean) : v);
  const values = Object.fromEntries(Object.entries(parsed.values).map(([k, v]) => [k, clean(v)])) as OptionValues;
  return { values, positionals: parsed.positionals.map(unmark) };
}

/** `--lang`, else zh when LANG starts with zh, else en. */
function langOf(flag: string | undefined, env: CliIO['env']): Lang {
  if (flag !== undefined) {
    if (flag !== 'zh' && flag !== 'en') throw new UsageError(`option '--lang' must be zh or en (got '${flag}')`);
    return flag;
  }
  return (env['LANG'] ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
