/** `growth-targets check <files or folders...>`: checks plan files and reports in one format. */
import {
  REPORT_FORMATS,
  VERDICTS,
  checkPlan,
  failOnOf,
  formatIssue,
  formatReports,
  parsePlan,
  verdictFails,
  type CheckOptions,
  type PlanIssue,
  type PlanReport,
  type Verdict,
} from '../../index.js';
import type { Command } from '../command.js';
import type { CliIO } from '../io.js';
import { colorOf, emit, formatOf, toleranceOf, UsageError } from '../options.js';

const PLAN_FILE = /\.(?:ya?ml|json)$/i;

/** The check command. */
export const checkCommand: Command = {
  name: 'check',
  args: '<files or folders...>',
  summary: 'check plan files (.yaml, .yml, .json), folders searched recursively',
  options: ['format', 'output', 'fail-on', 'tolerance', 'band', 'lenient', 'lang'],
  details: [`formats: ${REPORT_FORMATS.join(' | ')} (default text)`, 'exit codes: 0 clean, 1 findings at or above --fail-on, 2 a usage or input error'],
  examples: ['growth-targets check seeds', 'growth-targets check plans/ --format sarif --output report.sarif --fail-on near-miss'],
  async run(paths, options, { io, lang, version }) {
    const format = formatOf(options.format, REPORT_FORMATS);
    let failOn;
    try {
      failOn = failOnOf(options['fail-on'] ?? 'inconsistent');
    } catch {
      throw new UsageError(`option '--fail-on' must be one of near-miss, inconsistent, none (got '${options['fail-on']}')`);
    }
    const tolerance = toleranceOf(options.tolerance);
    const approxBand = toleranceOf(options.band, '--band');
    const checkOptions: CheckOptions = {
      ...(tolerance !== undefined && { tolerance }),
      ...(approxBand !== undefined && { approxBand }),
      ...(options.lenient === true && { lenient: true }),
    };
    if (paths.length === 0) throw new UsageError("'check' needs at least one file or folder");

    const files = await collectFiles(paths, io);
    const reports: PlanReport[] = [];
    for (const file of files) reports.push(await checkFile(file, checkOptions, io));

    const color = format === 'text' && options.output === undefined && colorOf(io);
    const text = formatReports(reports, format, { lang, failOn, color, version });
    const written = await emit(text, options.output, io);
    if (options.output !== undefined) {
      for (const report of reports) for (const issue of report.issues) io.stderr(`${formatIssue(issue, report.plan.file ?? '')}\n`);
    }
    if (!written || reports.some((r) => r.issues.some((i) => i.severity === 'error'))) return 2;
    return reports.some((r) => r.findings.some((f) => verdictFails(f.verdict, failOn))) ? 1 : 0;
  },
};

/** Expands folders (recursively, sorted; skipping dot files and `notes` folders) into plan files. */
export async function collectFiles(paths: readonly string[], io: CliIO): Promise<readonly string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await io.stat(path);
    if (info === undefined) throw new UsageError(`no such file or folder: ${path}`);
    if (info.isDirectory) files.push(...(await walk(path, io)));
    else files.push(path);
  }
  if (files.length === 0) throw new UsageError(`no plan files (.yaml, .yml, .json) in ${paths.join(', ')}`);
  return files;
}

async function walk(folder: string, io: CliIO): Promise<string[]> {
  const entries = [...(await io.listDir(folder))].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = folder.endsWith('/') ? `${folder}${entry.name}` : `${folder}/${entry.name}`;
    if (entry.isDirectory) {
      if (entry.name !== 'notes') out.push(...(await walk(path, io)));
    } else if (PLAN_FILE.test(entry.name)) {
      out.push(path);
    }
  }
  return out;
}

/** Reads, parses and checks one file; a file that cannot be used becomes a report with issues only. */
async function checkFile(file: string, options: CheckOptions, io: CliIO): Promise<PlanReport> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    const issue: PlanIssue = {
      code: 'io_error',
      severity: 'error',
      message: `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
      file,
      path: [],
    };
    return issueReport(file, [issue]);
  }
  const parsed = parsePlan(text, { file });
  if (!parsed.ok) return issueReport(file, parsed.issues);
  const report = checkPlan(parsed.plan, options);
  return { ...report, plan: { ...report.plan, file }, issues: [...parsed.issues, ...report.issues] };
}

function issueReport(file: string, issues: readonly PlanIssue[]): PlanReport {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  return { plan: { id: '', title: file, file }, findings: [], targets: [], issues, counts };
}
