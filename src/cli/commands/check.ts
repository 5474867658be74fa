/** `growth-targets check <files or folders...>`: checks plan files and reports in one format. */
import {
  REPORT_FORMATS,
  VERDICTS,
  checkPlan,
  formatIssue,
  formatReportPieces,
  parsePlan,
  verdictFails,
  type CheckOptions,
  type PlanIssue,
  type PlanReport,
  type ReportFormat,
  type Verdict,
} from '../../index.js';
import type { Command } from '../command.js';
import { packagePath, readInput, realPathOf, refuseInputs } from '../files.js';
import type { CliIO } from '../io.js';
import { checkFailOn } from '../fail-on.js';
import { emit, reportColorOf, toleranceOf, UsageError } from '../options.js';

const PLAN_FILE = /\.(?:ya?ml|json)$/i;

/** The check command. */
export const checkCommand: Command<ReportFormat> = {
  name: 'check',
  args: '<files or folders...>',
  summary: 'check plan files (.yaml, .yml, .json), folders searched recursively',
  options: ['seeds', 'format', 'output', 'fail-on', 'tolerance', 'band', 'lenient', 'lang'],
  formats: REPORT_FORMATS,
  details: [
    'folders: searched recursively, sorted; dot files and notes/ folders skipped; a file named twice (also through a link) is checked once',
    'a path that cannot be used (missing, unreadable, not a regular file, a link loop) is an input error for that path; the others are still checked',
    'exit codes: 0 clean, 1 findings at or above --fail-on, 2 a usage or input error',
  ],
  examples: [
    'growth-targets check --seeds',
    'growth-targets check plan.yaml',
    'growth-targets check plans/ --format sarif --output report.sarif --fail-on near-miss',
  ],
  async run(paths, options, { io, lang, version, format }) {
    const failOn = checkFailOn(options['fail-on']);
    const tolerance = toleranceOf(options.tolerance);
    const approxBand = toleranceOf(options.band, '--band');
    const checkOptions: CheckOptions = {
      ...(tolerance !== undefined && { tolerance }),
      ...(approxBand !== undefined && { approxBand }),
      ...(options.lenient === true && { lenient: true }),
    };
    const inputs = [...paths, ...(options.seeds === true ? [packagePath(io, 'seeds')] : [])];
    if (inputs.length === 0) throw new UsageError("'check' needs at least one file or folder (or --seeds for the plans that come with the package)");

    const entries = await collect(inputs, io);
    const files = entries.flatMap((e) => ('file' in e ? [e.file] : []));
    if (entries.length === 0) throw new UsageError(`no plan files (.yaml, .yml, .json) in ${inputs.join(', ')}`);
    await refuseInputs([['--output', options.output]], files, io);

    const reports: PlanReport[] = [];
    for (const entry of entries) reports.push('file' in entry ? await checkFile(entry.file, checkOptions, io) : entry.report);

    const color = reportColorOf(format, options.output, io);
    const written = await emit(formatReportPieces(reports, format, { lang, failOn, color, version }), options.output, io);
    // The report carries the files' issues; a report for machines (or in a file) gets them on stderr too.
    if (options.output !== undefined || (format !== 'text' && format !== 'markdown')) {
      for (const report of reports) for (const issue of report.issues) io.stderr(`${formatIssue(issue, report.plan.file ?? '')}\n`);
    }
    if (!written || reports.some((r) => r.issues.some((i) => i.severity === 'error'))) return 2;
    return reports.some((r) => r.findings.some((f) => verdictFails(f.verdict, failOn))) ? 1 : 0;
  },
};

/** A plan file to check, or the report of a path that cannot be used. */
type Entry = { readonly file: string } | { readonly report: PlanReport };

/** The report of a path that cannot be used: one io_error issue. */
function problem(path: string, message: string): Entry {
  return { report: issueReport(path, [{ code: 'io_error', severity: 'error', message, file: path, path: [] }]) };
}

/**
 * Expands folders (recursively, sorted; skipping dot files and `notes` folders, following links
 * to folders but not a link that loops back) into plan files, each file once (by its canonical
 * path). A path that cannot be used becomes a report with its issue, in its place.
 */
export async function collect(paths: readonly string[], io: CliIO): Promise<readonly Entry[]> {
  const entries: Entry[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await io.stat(path);
    } catch (error) {
      entries.push(problem(path, error instanceof Error ? error.message : String(error)));
      continue;
    }
    // A path on the command line that does not exist is a typo: a usage error, before anything is checked.
    if (info === undefined) throw new UsageError(`no such file or folder: ${path}`);
    else if (info.isDirectory) await walk(path, [], io, entries);
    else entries.push({ file: path });
  }
  const seen = new Set<string>();
  const unique: Entry[] = [];
  for (const entry of entries) {
    if ('file' in entry) {
      const real = await realPathOf(entry.file, io);
      if (seen.has(real)) continue;
      seen.add(real);
    }
    unique.push(entry);
  }
  return unique;
}

async function walk(folder: string, chain: readonly string[], io: CliIO, out: Entry[]): Promise<void> {
  let real: string;
  let list;
  try {
    real = await io.realPath(folder);
    if (chain.includes(real)) {
      out.push(problem(folder, `${folder} leads back to a folder that contains it (a symbolic link loop): not followed`));
      return;
    }
    list = await io.listDir(folder);
  } catch (error) {
    out.push(problem(folder, error instanceof Error ? error.message : String(error)));
    return;
  }
  const entries = [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = folder.endsWith('/') ? `${folder}${entry.name}` : `${folder}/${entry.name}`;
    if (entry.isDirectory) {
      if (entry.name !== 'notes') await walk(path, [...chain, real], io, out);
    } else if (PLAN_FILE.test(entry.name)) {
      out.push({ file: path });
    }
  }
}

/** Reads, parses and checks one file; a file that cannot be used becomes a report with issues only. */
async function checkFile(file: string, options: CheckOptions, io: CliIO): Promise<PlanReport> {
  const read = await readInput(file, io);
  if (!read.ok) return issueReport(file, [read.issue]);
  const parsed = parsePlan(read.text, { file });
  if (!parsed.ok) return issueReport(file, parsed.issues);
  const report = checkPlan(parsed.plan, options);
  return { ...report, plan: { ...report.plan, file }, issues: [...parsed.issues, ...report.issues] };
}

function issueReport(file: string, issues: readonly PlanIssue[]): PlanReport {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  return { plan: { id: '', title: file, file }, findings: [], targets: [], issues, counts };
}
