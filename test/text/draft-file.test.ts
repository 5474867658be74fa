import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/index.js';
import { parsePlan } from '../../src/plan/index.js';
import { DRAFT_SCHEMA, extractPlan, formatDraft } from '../../src/text/index.js';
import { codeOf } from '../units/helpers.js';

const sources = new URL('../../seeds/sources/', import.meta.url);

describe('formatDraft', () => {
  it('marks the draft unreviewed at the top, with the $schema line and a note', () => {
    const yaml = formatDraft(extractPlan('到2020年，新产品销售收入达到2000亿元以上。', { period: '十三五', year: 2016 }));
    const head = yaml.split('\n');
    expect(head[0]).toMatch(/^# Machine draft by growth-targets extract: unreviewed/);
    expect(yaml).toContain(`$schema: "${DRAFT_SCHEMA}"`);
    expect(yaml).toMatch(/\nnote: .*Machine draft/);
    expect(yaml).toMatch(/\n {2}# confidence 0\.\d\d\n {2}- id: /);
    expect(yaml).toContain('    quote: 新产品销售收入达到2000亿元以上');
    expect(yaml).toContain('    qualifier: 以上');
  });

  it('writes indicators as flow mappings and lists the warnings at the end', () => {
    const yaml = formatDraft(extractPlan('到2020年，收入达到100亿元。年均提高0.9个百分点。'));
    expect(yaml).toMatch(/\nindicators:\n {2}- \{ id: \w+, name: 收入, unit: 亿元, kind: value \}/);
    expect(yaml).toMatch(/# Not placed: \d+ warning\(s\)/);
    expect(yaml).toContain('[identity_default]');
  });

  it('writes the units the text declares, and the plan loads with them', () => {
    const draft = extractPlan('2015年全市粮食总产量52.5亿斤。到2020年，粮食总产量达到60亿斤。', { period: '十三五', year: 2016 });
    const yaml = formatDraft(draft);
    expect(yaml).toContain('\nunits:\n  - { symbol: 亿斤, base: 斤, factor: "100000000" }\n');
    const loaded = parsePlan(yaml, { format: 'yaml' });
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.plan.units).toEqual(draft.plan.units);
  });

  it('gives back the draft plan through parsePlan, for each seed source', () => {
    for (const file of readdirSync(sources)) {
      const draft = extractPlan(readFileSync(new URL(file, sources), 'utf8'), { document: file });
      const parsed = parsePlan(formatDraft(draft), { file: 'draft.yaml' });
      expect(parsed.issues).toEqual([]);
      expect(parsed.ok && parsed.plan).toEqual(draft.plan);
      if (parsed.ok) expect(checkPlan(parsed.plan).issues.filter((i) => i.severity === 'error')).toEqual([]);
    }
  });

  it('quotes what YAML would misread: numbers, keywords, colons, #, private-use and control characters', () => {
    const text = '“yes: no # 1”：\uE004 null 2015年，全省规模以上工业企业实现增加值4229.5亿元\uE61D、“true”销售收入14393.7亿元。';
    const draft = extractPlan(text, { title: 'true', issuer: '12', document: 'a: b #c' });
    const yaml = formatDraft(draft);
    expect(yaml).toContain('title: "true"');
    expect(yaml).toContain('issuer: "12"');
    expect(yaml).toContain('\\uE61D');
    const parsed = parsePlan(yaml);
    expect(parsed.ok && parsed.plan).toEqual(draft.plan);
  });

  it('refuses a negative maxIssues', () => {
    expect(codeOf(() => formatDraft(extractPlan(''), { maxIssues: -1 }))).toBe('invalid_option');
  });

  it('round-trips any draft (property)', () => {
    const pieces = fc.constantFrom(
      '到2020年', '2015年', '在2012年', '的基础上', '年均增长', '累计下降', '提高了', '个百分点', '占', '全市', '工业增加值', '收入', '达到',
      '其中', '以上', '左右', '超过', '余', '预计', '力争', '亿元', '户', '%', '，', '、', '。', '：', '\n', '“', '”', '#', ': ', '"', "'",
      '\\', '\uE61D', '\u2028', '{', '}', '[', ']', '928.4', '10', '3-5', '两千', 'yes', 'null', '~', '&', '*', '!', '|', '>',
    );
    const text = fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 50 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const draft = extractPlan(t);
        const parsed = parsePlan(formatDraft(draft));
        expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(parsed.ok && parsed.plan).toEqual(draft.plan);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
