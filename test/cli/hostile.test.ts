/**
 * The CLI against the file system at its worst (issue 10): bytes that are not UTF-8, a FIFO named
 * plan.yaml, symbolic link loops, an unreadable folder, --output onto an input, through a link and
 * to /dev/stdout, a file named twice, a reader that goes away (EPIPE). Real files in a temporary
 * folder, the real io (in-process through main) and, where the process itself matters, the built
 * CLI.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { nodeIO } from '../../src/cli/node-io.js';
import type { CliIO } from '../../src/cli/io.js';
import { memoryIO } from './memory-io.js';
import { CLEAN_PLAN, NEAR_MISS_PLAN } from './plans.js';

const dir = mkdtempSync(join(tmpdir(), 'growth-targets-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** A fresh folder under the temporary one. */
function folder(): string {
  n += 1;
  const path = join(dir, `case-${n}`);
  mkdirSync(path);
  return path;
}

/** Runs the CLI in-process on the real file system, capturing its output. */
async function run(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { ...nodeIO(), stdout: (t) => void (out += t), stderr: (t) => void (err += t), env: { LANG: 'en_US.UTF-8' }, isTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}

const posix = process.platform !== 'win32';
const CLI = 'dist/cli.js';
const built = existsSync(CLI);

describe('input files', () => {
  it('refuses bytes that are not UTF-8 with their line and column, and checks the rest', async () => {
    const d = folder();
    const text = Buffer.from(CLEAN_PLAN, 'utf8');
    const line3 = text.indexOf(0x0a, text.indexOf(0x0a) + 1) + 1; // the start of line 3
    const bad = Buffer.concat([text.subarray(0, line3 + 4), Buffer.from([0xff, 0xfe]), text.subarray(line3 + 4)]);
    writeFileSync(join(d, 'a-latin.yaml'), bad);
    writeFileSync(join(d, 'b-clean.yaml'), CLEAN_PLAN);
    const r = await run(['check', d, '--format', 'json']);
    expect(r.code).toBe(2);
    const [latin, clean] = JSON.parse(r.out).plans;
    expect(latin.issues).toEqual([expect.objectContaining({ code: 'invalid_character', line: 3, column: 5 })]);
    expect(latin.issues[0].message).toContain('not UTF-8: byte 0xFF');
    expect(clean.findings.length).toBeGreaterThan(0);
  });

  it('reads a byte-order mark and CJK text as UTF-8', async () => {
    const d = folder();
    writeFileSync(join(d, 'bom.yaml'), `\uFEFF${NEAR_MISS_PLAN}`);
    const r = await run(['check', join(d, 'bom.yaml')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('创新驱动行动计划');
  });

  it.skipIf(!posix)('answers a FIFO named plan.yaml as not a regular file, without waiting on it, and checks the rest', async () => {
    const d = folder();
    execFileSync('mkfifo', [join(d, 'plan.yaml')]);
    writeFileSync(join(d, 'z-clean.yaml'), CLEAN_PLAN);
    const r = await run(['check', d, '--format', 'json']);
    expect(r.code).toBe(2);
    const [fifo, clean] = JSON.parse(r.out).plans;
    expect(fifo.issues[0]).toMatchObject({ code: 'io_error' });
    expect(fifo.issues[0].message).toContain('a named pipe (FIFO), not a regular file');
    expect(clean.findings.length).toBeGreaterThan(0);
    // Named directly, too.
    const direct = await run(['check', join(d, 'plan.yaml')]);
    expect(direct.code).toBe(2);
    expect(direct.out).toContain('not a regular file');
  });

  it.skipIf(!posix)('reports a folder symbolic link loop as an input error for that path and checks the rest once', async () => {
    const d = folder();
    writeFileSync(join(d, 'a.yaml'), CLEAN_PLAN);
    symlinkSync(d, join(d, 'loop'));
    symlinkSync('self.yaml', join(d, 'self.yaml'));
    const r = await run(['check', d, '--format', 'json']);
    // The issues of a machine format are also on stderr, one line each; no internal error, no stack.
    expect(r.err).toContain(`${join(d, 'loop')}: io_error: `);
    expect(r.err).not.toMatch(/internal error|    at /);
    expect(r.code).toBe(2);
    const plans = JSON.parse(r.out).plans as { plan: { file: string }; issues: { code: string; message: string }[]; findings: unknown[] }[];
    expect(plans.filter((p) => p.findings.length > 0).map((p) => p.plan.file)).toEqual([join(d, 'a.yaml')]);
    expect(plans.find((p) => p.plan.file === join(d, 'loop'))?.issues[0]?.message).toContain('symbolic link loop');
    expect(plans.find((p) => p.plan.file === join(d, 'self.yaml'))?.issues[0]?.message).toContain('loops back on itself');
  });

  it('reports an unreadable folder as an input error for that path and checks the rest', async () => {
    const io = memoryIO({ files: { 'plans/a.yaml': CLEAN_PLAN, 'plans/locked/b.yaml': CLEAN_PLAN } });
    const listDir = io.listDir;
    const locked: CliIO = {
      ...io,
      listDir: async (path) => {
        if (path.endsWith('locked')) throw Object.assign(new (await import('../../src/cli/io.js')).IOError(`cannot list ${path}: permission denied`, { kind: 'error', reason: 'permission denied' }));
        return listDir(path);
      },
    };
    const code = await main(['check', 'plans', '--format', 'json'], locked);
    expect(code).toBe(2);
    const plans = JSON.parse(io.out()).plans;
    expect(plans.map((p: { plan: { file: string } }) => p.plan.file)).toEqual(['plans/a.yaml', 'plans/locked']);
    expect(plans[1].issues[0].message).toBe('cannot list plans/locked: permission denied');
    expect(io.err()).not.toContain('internal error');
  });

  it('checks a file named twice (a folder and a file in it, and a link to it) once', async () => {
    const d = folder();
    writeFileSync(join(d, 'a.yaml'), CLEAN_PLAN);
    if (posix) symlinkSync(join(d, 'a.yaml'), join(d, 'b-link.yaml'));
    const r = await run(['check', d, join(d, 'a.yaml'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).plans).toHaveLength(1);
  });
});

describe('--output', () => {
  it('refuses to write over one of the input plans, under any name', async () => {
    const d = folder();
    const plan = join(d, 'plan.yaml');
    writeFileSync(plan, CLEAN_PLAN);
    for (const output of [plan, join(d, '.', 'plan.yaml')]) {
      const r = await run(['check', d, '--output', output]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('one of the input files');
    }
    if (posix) {
      symlinkSync(plan, join(d, 'alias.txt'));
      expect((await run(['check', plan, '--output', join(d, 'alias.txt')])).code).toBe(2);
    }
    expect(readFileSync(plan, 'utf8')).toBe(CLEAN_PLAN);
  });

  it.skipIf(!posix)('writes through a symbolic link: the target replaced whole, the link kept', async () => {
    const d = folder();
    writeFileSync(join(d, 'plan.yaml'), CLEAN_PLAN);
    writeFileSync(join(d, 'target.json'), 'old');
    symlinkSync(join(d, 'target.json'), join(d, 'report.json'));
    const r = await run(['check', join(d, 'plan.yaml'), '--format', 'json', '--output', join(d, 'report.json')]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(d, 'report.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(d, 'target.json'), 'utf8')).plans).toHaveLength(1);
    expect(readdirSync(d).sort()).toEqual(['plan.yaml', 'report.json', 'target.json']);
  });

  it('names the file and the reason when it cannot write, never a temporary file', async () => {
    const d = folder();
    writeFileSync(join(d, 'plan.yaml'), CLEAN_PLAN);
    const r = await run(['check', join(d, 'plan.yaml'), '--output', join(d, 'missing', 'report.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`growth-targets: cannot write ${join(d, 'missing', 'report.txt')}: no such file or folder\n`);
    const onFolder = await run(['check', join(d, 'plan.yaml'), '--output', d]);
    expect(onFolder.code).toBe(2);
    expect(onFolder.err).toBe(`growth-targets: cannot write ${d}: it is a folder\n`);
    expect(readdirSync(d)).toEqual(['plan.yaml']);
  });

  it.skipIf(!posix)('refuses a FIFO that no process reads instead of waiting on it', async () => {
    const d = folder();
    writeFileSync(join(d, 'plan.yaml'), CLEAN_PLAN);
    execFileSync('mkfifo', [join(d, 'out.fifo')]);
    const r = await run(['check', join(d, 'plan.yaml'), '--output', join(d, 'out.fifo')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`growth-targets: cannot write ${join(d, 'out.fifo')}: no process is reading it\n`);
  });

  it.skipIf(!built || !posix)('writes through /dev/stdout', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', 'seeds/002-shanxi-innovation-2014.yaml', '--format', 'json', '--output', '/dev/stdout'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).plans).toHaveLength(1);
  });
});

describe('the process', () => {
  it.skipIf(!built)('ends quietly when the reader of its output goes away (… | head -c 10)', async () => {
    const child = spawn(process.execPath, [CLI, 'check', 'seeds', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => void (err += d.toString()));
    const first = await new Promise<string>((done) => child.stdout.once('data', (d: Buffer) => done(d.toString())));
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(first.length).toBeGreaterThan(0);
    expect(err).toBe('');
    expect([0, 1]).toContain(code);
  });

  it.skipIf(!built)('checks the bundled seed plans from a folder that is not the repository (check --seeds)', () => {
    const elsewhere = folder();
    const r = spawnSync(process.execPath, [join(process.cwd(), CLI), 'check', '--seeds', '--format', 'json', '--fail-on', 'none'], { cwd: elsewhere, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const plans = JSON.parse(r.stdout).plans as { plan: { id: string }; issues: unknown[] }[];
    expect(plans.map((p) => p.plan.id)).toHaveLength(5);
    expect(plans.every((p) => p.issues.length === 0)).toBe(true);
  });
});
