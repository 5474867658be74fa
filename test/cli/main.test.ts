import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO, type MemoryIOOptions } from './memory-io.js';
import { BROKEN_PLAN, CLEAN_PLAN, INCONSISTENT_PLAN, NEAR_MISS_PLAN } from './plans.js';

const PLANS = {
  'plans/a-innovation.yaml': NEAR_MISS_PLAN,
  'plans/b-clean.yml': CLEAN_PLAN,
};

async function run(argv: readonly string[], options: MemoryIOOptions = {}) {
  const io = memoryIO({ files: PLANS, ...options });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err(), io };
}

describe('help and version', () => {
  it('--help prints usage and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: growth-targets/);
  });
  it('--version prints the package version', async () => {
    const { version } = await import('../../package.json');
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${version}\n`);
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['check', 'plans', '--colour'], /--colour/],
    [['frobnicate'], /frobnicate/],
    [[], /command/],
    [['check'], /check/],
    [['check', 'plans', '--format', 'xml'], /--format/],
    [['check', 'plans', '--fail-on', 'sometimes'], /--fail-on/],
    [['check', 'plans', '--lang', 'fr'], /--lang/],
    [['check', 'plans', '--tolerance', 'abc'], /--tolerance/],
    [['check', 'plans', '--tolerance', '-1%'], /--tolerance/],
    [['check', 'plans', '--from', '2012'], /--from/],
    [['rate', '928.4亿元', '2000亿元', '--from', '2012'], /--to/],
    [['rate', '928.4亿元', '2000亿元', '--from', 'twelve', '--to', '2020'], /--from/],
    [['project', '928.4亿元', '10', '--from', '2012', '--to', '2020'], /rate/],
  ])('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });
  it('a missing file names it', async () => {
    const r = await run(['check', 'plans/nope.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('plans/nope.yaml');
  });
  it('a contract violation of the math (mismatched units) is an input error', async () => {
    const r = await run(['rate', '928.4亿元', '2000家', '--from', '2012', '--to', '2020']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unit_mismatch');
  });
});

describe('project and rate', () => {
  it('projects 928.4亿元 at 10% from 2012 to 2020 with two decimals, 四舍五入', async () => {
    const r = await run(['project', '928.4亿元', '10%', '--from', '2012', '--to', '2020']);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe('2012  928.40亿元');
    expect(lines[1]).toBe('2013  1021.24亿元');
    expect(lines[8]).toBe('2020  1990.11亿元');
  });
  it('gives exact values in JSON', async () => {
    const r = await run(['project', '928.4亿元', '10%', '--from', '2012', '--to', '2020', '--format', 'json']);
    const doc = JSON.parse(r.out);
    expect(doc.path[8]).toEqual({ year: 2020, value: '1990.107851204' });
    expect(doc.path).toHaveLength(9);
  });
  it('accepts a negative rate', async () => {
    const r = await run(['project', '100万吨标准煤', '-3.5%', '--from', '2015', '--to', '2016', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).path[1].value).toBe('96.5');
  });
  it('finds the required rate 10.0682% (10.07%) for 928.4 → 2000 over 2012–2020', async () => {
    const r = await run(['rate', '928.4亿元', '2000亿元', '--from', '2012', '--to', '2020', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/10\.0682%/);
  });
  it('converts the target to the base unit and gives the exact rate in JSON', async () => {
    const r = await run(['rate', '928.4亿元', '20000000万元', '--from', '2012', '--to', '2020', '--format', 'json']);
    const doc = JSON.parse(r.out);
    expect(doc.rate).toMatch(/^0\.1006819839949770\d{10,}$/);
  });
  it('writes in Chinese when LANG says so', async () => {
    const r = await run(['rate', '928.4亿元', '2000亿元', '--from', '2012', '--to', '2020'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.out).toContain('水平法');
  });
});

describe('check', () => {
  it('reports a near miss under the plan title, with counts and targets; exits 0 at the default level', async () => {
    const r = await run(['check', 'plans/a-innovation.yaml', '--lang', 'en']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toContain('创新驱动行动计划');
    expect(r.out).toContain('sales_target');
    expect(r.out).toMatch(/Summary: /);
    expect(r.out).toContain('高新技术企业');
  });
  it.each([
    ['inconsistent', 0],
    ['near-miss', 1],
    ['none', 0],
  ])('exit code for a near miss at --fail-on %s is %i', async (level, code) => {
    expect((await run(['check', 'plans', '--fail-on', level])).code).toBe(code);
  });
  it.each([
    ['inconsistent', 1],
    ['near-miss', 1],
    ['none', 0],
  ])('exit code for an inconsistency at --fail-on %s is %i', async (level, code) => {
    const r = await run(['check', 'bad.yaml', '--fail-on', level], { files: { 'bad.yaml': INCONSISTENT_PLAN } });
    expect(r.code).toBe(code);
  });
  it('a clean plan exits 0 at every level', async () => {
    expect((await run(['check', 'plans/b-clean.yml', '--fail-on', 'near-miss'])).code).toBe(0);
  });
  it('walks folders sorted, skipping dot files, notes folders and other extensions', async () => {
    const files = {
      ...PLANS,
      'plans/.hidden.yaml': BROKEN_PLAN,
      'plans/notes/n.yaml': BROKEN_PLAN,
      'plans/readme.md': '# not a plan',
      'plans/sub/c.json': '{}',
    };
    const r = await run(['check', 'plans', '--format', 'json'], { files });
    const doc = JSON.parse(r.out);
    expect(doc.plans.map((p: { plan: { file: string } }) => p.plan.file)).toEqual(['plans/a-innovation.yaml', 'plans/b-clean.yml', 'plans/sub/c.json']);
    expect(r.code).toBe(2); // the empty JSON file is not a plan
  });
  it('a plan file with errors prints file:line:column: code: message and exits 2', async () => {
    const r = await run(['check', 'broken.yaml', 'plans/b-clean.yml'], { files: { ...PLANS, 'broken.yaml': BROKEN_PLAN } });
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/broken\.yaml:\d+:\d+: syntax_error: /);
    expect(r.out).toContain('Clean plan');
  });
  it('an unreadable file is an io_error issue, exit 2', async () => {
    const r = await run(['check', 'plans/b-clean.yml'], { unreadable: ['plans/b-clean.yml'] });
    expect(r.code).toBe(2);
    expect(r.out).toContain('io_error');
  });
  it('--band sets the 左右 band: 1990.1 meets 2000左右 at the default ±5%, not at ±0.1%', async () => {
    const approx = NEAR_MISS_PLAN.replace('value: "2000", qualifiers: [以上]', 'value: "2000", qualifiers: [左右]');
    const files = { 'plans/approx.yaml': approx };
    const verdictOf = (out: string): unknown => JSON.parse(out).plans[0].findings[0].verdict;
    const wide = await run(['check', 'plans/approx.yaml', '--format', 'json'], { files });
    expect(verdictOf(wide.out)).toBe('consistent');
    const narrow = await run(['check', 'plans/approx.yaml', '--format', 'json', '--band', '0.1%', '--fail-on', 'none'], { files });
    expect(verdictOf(narrow.out)).toBe('near_miss');
    expect((await run(['check', 'plans/approx.yaml', '--band', 'wide'], { files })).code).toBe(2);
  });
  it('a bad --tolerance is a usage error; a percent tolerance is accepted', async () => {
    expect((await run(['check', 'plans', '--tolerance', '1%%'])).code).toBe(2);
    expect((await run(['check', 'plans', '--tolerance', '1%', '--fail-on', 'near-miss'])).code).toBe(1);
  });
  it('a wide tolerance does not rescue a near miss into consistency, a zero one makes it inconsistent', async () => {
    const r = await run(['check', 'plans/a-innovation.yaml', '--tolerance', '0', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).plans[0].findings[0].verdict).toBe('inconsistent');
  });
  it('--lenient is passed to the checker', async () => {
    const r = await run(['check', 'plans/b-clean.yml', '--lenient', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).plans[0].findings).toHaveLength(1);
  });
  it('JSON findings keep decimals as strings', async () => {
    const r = await run(['check', 'plans/a-innovation.yaml', '--format', 'json']);
    const finding = JSON.parse(r.out).plans[0].findings[0];
    expect(finding.verdict).toBe('near_miss');
    expect(typeof finding.implied.value).toBe('string');
    expect(finding.implied.value.startsWith('1990.107851204')).toBe(true);
    // A rate in % is written as a percent number (issue 10).
    expect(finding.required.unit).toBe('%');
    expect(finding.required.value.startsWith('10.0681')).toBe(true);
  });
  it.each(['markdown', 'junit', 'sarif', 'github'])('--format %s runs on real plans', async (format) => {
    const r = await run(['check', 'plans', '--format', format, '--fail-on', 'near-miss']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('sales_target');
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  it.each([
    [{}, false, false],
    [{}, true, true],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, false, false],
    [{ FORCE_COLOR: '' }, false, false],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
  ])('env %j, tty %s → colour %s', async (env, isTTY, colour) => {
    const r = await run(['check', 'plans'], { env, isTTY });
    expect(r.out.includes(ESC)).toBe(colour);
  });
  it('never colours a file or a non-text format', async () => {
    const r = await run(['check', 'plans', '--output', 'out.txt'], { env: { FORCE_COLOR: '1' } });
    expect(r.io.files.get('out.txt')?.includes(ESC)).toBe(false);
    const j = await run(['check', 'plans', '--format', 'github'], { env: { FORCE_COLOR: '1' } });
    expect(j.out.includes(ESC)).toBe(false);
  });
});

describe('--output', () => {
  it('writes the report to the file, nothing to stdout', async () => {
    const r = await run(['check', 'plans', '--format', 'sarif', '--output', 'out/report.sarif']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(JSON.parse(r.io.files.get('out/report.sarif') ?? '').version).toBe('2.1.0');
  });
  it('a failing atomic write leaves no file and exits 2', async () => {
    const r = await run(['check', 'plans', '--output', 'report.txt'], { failWrites: true });
    expect(r.code).toBe(2);
    expect(r.io.files.has('report.txt')).toBe(false);
    expect(r.err).toContain('report.txt');
  });
  it('works for rate too', async () => {
    const r = await run(['rate', '928.4亿元', '2000亿元', '--from', '2012', '--to', '2020', '--output', 'rate.txt', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.io.files.get('rate.txt') ?? '').rate.startsWith('0.100681')).toBe(true);
  });
});

describe('issue 10: the command line a newcomer meets', () => {
  it('names the flag, never the library option: --band 20', async () => {
    const r = await run(['check', 'plans', '--band', '20']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("option '--band' must be below 1 (100%)");
    expect(r.err).toContain('for 20% write 20%');
    expect(r.err).not.toContain('approxBand');
  });
  it('checks the seed plans that come with the package: check --seeds', async () => {
    const seeds = { 'pkg/seeds/a.yaml': NEAR_MISS_PLAN, 'pkg/seeds/b.yaml': CLEAN_PLAN };
    const r = await run(['check', '--seeds', '--format', 'json'], { files: seeds });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).plans.map((p: { plan: { file: string } }) => p.plan.file)).toEqual(['pkg/seeds/a.yaml', 'pkg/seeds/b.yaml']);
    const none = await run(['check']);
    expect(none.err).toContain('--seeds');
  });
  it('checks a file named twice once', async () => {
    const r = await run(['check', 'plans', 'plans/b-clean.yml', 'copy.yml', '--format', 'json'], { aliases: { 'copy.yml': 'plans/b-clean.yml' } });
    expect(JSON.parse(r.out).plans).toHaveLength(2);
  });
  it('refuses --output onto an input plan and leaves it as it was', async () => {
    const r = await run(['check', 'plans', '--output', 'plans/b-clean.yml']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("option '--output' names plans/b-clean.yml, which is one of the input files");
    expect(r.io.files.get('plans/b-clean.yml')).toBe(CLEAN_PLAN);
  });
  it('ends the text report with the closing line, and the exit code says the same', async () => {
    const pass = await run(['check', 'plans', '--lang', 'en']);
    expect(pass.code).toBe(0);
    expect(pass.out.trimEnd().split('\n').at(-1)).toMatch(/^Total \(2 plans, 2 relations\): .*; passes at inconsistent: no finding at or above it$/);
    const fail = await run(['check', 'plans', '--lang', 'en', '--fail-on', 'near-miss']);
    expect(fail.code).toBe(1);
    expect(fail.out.trimEnd().split('\n').at(-1)).toMatch(/; fails at near-miss: 1 finding at or above it \(innovation\/sales_target\)$/);
  });
  it('suggests the nearest command or option for a typo', async () => {
    expect((await run(['chek', 'plans'])).err).toContain("unknown command 'chek' (did you mean 'check'?)");
    expect((await run(['check', 'plans', '--tolerence', '1%'])).err).toContain("unknown option '--tolerence' for 'check' (did you mean '--tolerance'?)");
    expect((await run(['check', 'plans', '--colour'])).err).not.toContain('did you mean');
  });
  it('init is in the help', async () => {
    const r = await run(['--help']);
    expect(r.out).toContain('init [plan.yaml]');
    expect((await run(['help', 'check'])).out).toContain('--seeds');
  });
});
