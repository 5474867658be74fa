import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parsePlan } from '../../src/plan/index.js';
import { memoryIO, type MemoryIOOptions } from './memory-io.js';

/** A document whose growth target is a near miss (928.4 at 10% for 8 years is 1990.1, short of 2000). */
const DOC = `山西省工业经济创新驱动发展行动方案（2014-2020年）
2014年9月10日
一、发展现状
2012年，全省新产品销售收入达到928.4亿元。
二、工作目标
新产品销售收入在2012年928.4亿元的基础上，年均增长10%，到2020年达到2000亿元以上。
`;
/** A document whose growth target holds. */
const CLEAN = '到2020年，专利拥有量在2012年2345件的基础上，年均增长10%，达到5000件以上。';

async function run(argv: readonly string[], options: MemoryIOOptions = {}) {
  const io = memoryIO({ files: { 'docs/plan.txt': DOC, 'docs/clean.txt': CLEAN, 'docs/empty.txt': ' \n', 'docs/gbk.txt': '\uFFFD\uFFFD2012年' }, ...options });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err(), io };
}

describe('growth-targets extract', () => {
  it('writes the draft to stdout, a plan file that loads', async () => {
    const r = await run(['extract', 'docs/plan.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Machine draft by growth-targets extract: unreviewed/);
    const parsed = parsePlan(r.out, { file: 'plan.yaml' });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.plan.title).toBe('山西省工业经济创新驱动发展行动方案（2014-2020年）');
      expect(parsed.plan.source.document).toBe('plan.txt');
      expect(parsed.plan.relations.map((x) => x.kind)).toEqual(['growth_target']);
    }
  });

  it('writes the draft to --output, whole, and says what it drafted on stderr', async () => {
    const r = await run(['extract', 'docs/plan.txt', '-o', 'out/plan.yaml']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.io.files.get('out/plan.yaml')).toMatch(/^# Machine draft/);
    expect(r.err).toMatch(/drafted out\/plan\.yaml from docs\/plan\.txt: 3 figures, 1 relation, /);
  });

  it('with --check prints the findings and exits 1 at the fail level, as check does', async () => {
    const near = await run(['extract', 'docs/plan.txt', '--check', '--lang', 'en', '--fail-on', 'near-miss']);
    expect(near.code).toBe(1);
    expect(near.out).toMatch(/Near miss/);
    expect(near.out).not.toMatch(/^# Machine draft/);
    const lenient = await run(['extract', 'docs/plan.txt', '--check', '--lang', 'en']);
    expect(lenient.code).toBe(0);
    const clean = await run(['extract', 'docs/clean.txt', '--check', '-o', 'clean.yaml', '--lang', 'zh']);
    expect(clean.code).toBe(0);
    expect(clean.io.files.get('clean.yaml')).toMatch(/growth_target/);
  });

  it('takes the period from --from (the base year) and --to', async () => {
    const r = await run(['extract', 'docs/clean.txt', '--from', '2012', '--to', '2020']);
    expect(r.out).toContain('period: { from: 2013, to: 2020, base: 2012 }');
  });

  it('is a usage or input error (exit 2) for a missing, empty or unreadable document and bad options', async () => {
    for (const argv of [
      ['extract'],
      ['extract', 'docs/nope.txt'],
      ['extract', 'docs/empty.txt'],
      ['extract', 'docs/plan.txt', 'docs/clean.txt'],
      ['extract', 'docs/plan.txt', '--from', '2020', '--to', '2015'],
      ['extract', 'docs/plan.txt', '--from', '2015'],
      ['extract', 'docs/plan.txt', '--fail-on', 'sometimes'],
      ['extract', 'docs/plan.txt', '--format', 'json'],
    ]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(/growth-targets: /);
    }
    const unreadable = await run(['extract', 'docs/plan.txt'], { unreadable: ['docs/plan.txt'] });
    expect(unreadable.code).toBe(2);
    const full = await run(['extract', 'docs/plan.txt', '-o', 'x.yaml'], { failWrites: true });
    expect(full.code).toBe(2);
    expect(full.io.files.has('x.yaml')).toBe(false);
  });

  it('warns about text that is not UTF-8', async () => {
    const r = await run(['extract', 'docs/gbk.txt']);
    expect(r.err).toMatch(/not UTF-8/);
  });

  it('has help', async () => {
    const r = await run(['extract', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: growth-targets extract <doc\.txt>/);
    expect((await run(['--help'])).out).toMatch(/extract <doc\.txt>/);
  });
});
