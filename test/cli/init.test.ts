/** `growth-targets init`: the annotated template, checked clean, never overwriting. */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FIGURE_TYPES } from '../../src/plan/schema.js';
import { RELATION_KINDS } from '../../src/plan/relations.js';
import { parsePlan } from '../../src/plan/index.js';
import { memoryIO } from './memory-io.js';

async function run(argv: readonly string[], files: Readonly<Record<string, string>> = {}) {
  const io = memoryIO({ files, env: { LANG: 'en_US.UTF-8' } });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err(), io };
}

describe('init', () => {
  it('writes plan.yaml, which checks clean at the strictest fail level', async () => {
    const r = await run(['init']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('wrote plan.yaml');
    const text = r.io.files.get('plan.yaml') ?? '';
    const check = await main(['check', 'plan.yaml', '--fail-on', 'near-miss', '--format', 'json'], r.io);
    expect(check).toBe(0);
    const [plan] = JSON.parse(r.io.out().slice(r.out.length)).plans;
    expect(plan.issues).toEqual([]);
    expect(plan.findings.every((f: { verdict: string }) => !['near_miss', 'inconsistent', 'indeterminate'].includes(f.verdict))).toBe(true);
    expect(text.startsWith('# A plan file for growth-targets')).toBe(true);
  });

  it('has every figure type, every relation kind, declared units and a comment on each', () => {
    return run(['init']).then(({ io }) => {
      const text = io.files.get('plan.yaml') ?? '';
      const parsed = parsePlan(text, { file: 'plan.yaml' });
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(new Set(parsed.plan.figures.map((f) => f.type))).toEqual(new Set(FIGURE_TYPES));
      expect(new Set(parsed.plan.relations.map((r) => r.kind))).toEqual(new Set(RELATION_KINDS));
      expect(parsed.plan.units?.length).toBeGreaterThan(0);
      expect(parsed.plan.relations.some((r) => r.kind === 'share' && Array.isArray(r.part))).toBe(true);
      expect(parsed.plan.figures.some((f) => f.type === 'multiple' && f.doubling === true)).toBe(true);
      // Every kind of scenario change.
      expect(new Set(parsed.plan.scenarios?.flatMap((s) => s.changes.map((c) => c.kind)))).toEqual(new Set(['rate', 'schedule', 'base', 'shock', 'target_year']));
      // A comment line before each relation kind's first use.
      const lines = text.split('\n');
      for (const kind of RELATION_KINDS) {
        const at = lines.findIndex((l) => l.includes(`kind: ${kind},`));
        expect(lines[at - 1]?.trim().startsWith('#') || lines[at - 2]?.trim().startsWith('#'), kind).toBe(true);
      }
    });
  });

  it('points $schema at the package schema, relative to where the file is written', async () => {
    const top = await run(['init']);
    expect(top.io.files.get('plan.yaml')).toContain('$schema: "./pkg/src/plan/plan.schema.json"');
    const nested = await run(['init', 'plans/2025/city.yml']);
    expect(nested.code).toBe(0);
    expect(nested.io.files.get('plans/2025/city.yml')).toContain('$schema: "../../pkg/src/plan/plan.schema.json"');
  });

  it('never overwrites an existing file', async () => {
    const r = await run(['init', 'mine.yaml'], { 'mine.yaml': 'my plan' });
    expect(r.code).toBe(2);
    expect(r.err).toBe('growth-targets: mine.yaml already exists: not overwritten\n');
    expect(r.io.files.get('mine.yaml')).toBe('my plan');
  });

  it('writes YAML only, one file', async () => {
    expect((await run(['init', 'plan.json'])).code).toBe(2);
    expect((await run(['init', 'a.yaml', 'b.yaml'])).code).toBe(2);
  });
});
