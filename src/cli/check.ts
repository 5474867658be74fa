/** `growth-targets check <files or folders...>`: checks plan files and reports in one format. */
import {
  VERDICTS,
  checkPlan,
  parsePlan,
  renderFinding,
  verdictLabel,
  type CheckOptions,
  type PlanIssue,
  type PlanReport,
  type Verdict,
} from '../index.js';
import { fails, FORMATTERS, hasErrorIssues, issueLine, type FailOn, type FormatContext, type FormatName } from './format/index.js';
import type { CliIO } from './io.js';
import { colorOf, emit, formatOf, toleranceOf, UsageError, type CommonOptions } from './options.js';

/** Options of the check command, as given on the command line. */
export interface CheckCommandOptions extends CommonOptions {
  readonly failOn: string | undefined;
  readonly tolerance: string | undefined;
  /** The 左右/约 band (`--band`). */
  readonly band?: string | undefined;
  readonly lenient: boolean;
  readonly version: string;
}

const FORMATS: readonly FormatName[] = ['text', 'json', 'markdown', 'junit', 'sarif', 'github'];
const FAIL_ON: readonly FailOn[] = ['inconsistent', 'near-miss', 'none'];
const PLAN_FILE = /\.(?:ya?ml|json)$/i;

/** Runs the check command and resolves to the exit code. */
export async function runCheck(paths: readonly string[], options: CheckCommandOptions, io: CliIO): Promise<number> {
  const format = formatOf(options.format, FORMATS);
  const failOn = options.failOn ?? 'inconsistent';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new UsageError(`option '--fail-on' must be one of ${FAIL_ON.join(', ')} (got '${failOn}')`);
  }
  const tolerance = toleranceOf(options.tolerance);
  const approxBand = toleranceOf(options.band, '--band');
  const checkOptions: CheckOptions = {
    ...(tolerance !== undefined && { tolerance }),
    ...(approxBand !== undefined && { approxBand }),
    ...(options.lenient && { lenient: true }),
  };
  if (paths.length === 0) throw new UsageError("'check' needs at least one file or folder");

  const files = await collectFiles(paths, io);
  const reports: PlanReport[] = [];
  for (const file of files) reports.push(await checkFile(file, checkOptions, io));

  const context: FormatContext = {
    lang: options.lang,
    version: options.version,
    failOn: failOn as FailOn,
    color: format === 'text' && options.output === undefined && colorOf(io),
    verdicts: VERDICTS,
    sentence: (finding) => renderFinding(finding, options.lang),
    label: (verdict) => verdictLabel(verdict, options.lang),
  };
  const written = await emit(FORMATTERS[format](reports, context), options.output, io);
  if (options.output !== undefined) {
    for (const report of reports) for (const issue of report.issues) io.stderr(`${issueLine(issue, report.plan.file ?? '')}\n`);
  }
  if (!written || reports.some(hasErrorIssues)) return 2;
  return reports.some((r) => r.findings.some((f) => fails(f.verdict, context.failOn))) ? 1 : 0;
}

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
