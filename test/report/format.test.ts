import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/index.js';
import { loadPlan } from '../../src/plan/index.js';
import { verdictFails as fails } from '../../src/check/gate.js';
import { formatGithub } from '../../src/report/github.js';
import { formatJson, jsonPieces, PRETTY_FINDINGS } from '../../src/report/json.js';
import type { Finding } from '../../src/check/types.js';
import { D } from '../../src/math/decimal.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatText } from '../../src/report/text.js';
import { brokenReport, cleanReport, context, IMPLIED_2020, report } from './fixtures.js';

interface XmlNode {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: XmlNode[];
  text: string;
}

/** A minimal, strict XML reader: well-formed nesting, quoted attributes, only the five entities. */
function parseXml(xml: string): XmlNode {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  const unescape = (s: string): string => {
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(s)) throw new Error(`bad entity in ${s}`);
    if (/[<]/.test(s)) throw new Error(`raw < in ${s}`);
    return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  };
  const TOKEN = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w.:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/gy;
  let pos = 0;
  for (let m = TOKEN.exec(body); m !== null; m = TOKEN.exec(body)) {
    pos = TOKEN.lastIndex;
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      top.text += unescape(m[5]);
      continue;
    }
    const [, close, name = '', attrText = '', selfClose] = m;
    if (close === '/') {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([\w.:-]+)="([^"]*)"/g)) {
      if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]}`);
      attrs[a[1]!] = unescape(a[2]!);
    }
    const node: XmlNode = { name, attrs, children: [], text: '' };
    top.children.push(node);
    if (selfClose !== '/') stack.push(node);
  }
  if (pos !== body.length) throw new Error(`unparsed XML at ${pos}: ${body.slice(pos, pos + 40)}`);
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (root.children.length !== 1) throw new Error('not exactly one root element');
  return root.children[0]!;
}

const all = (node: XmlNode, name: string): XmlNode[] =>
  node.children.flatMap((c) => (c.name === name ? [c, ...all(c, name)] : all(c, name)));

describe('fail levels', () => {
  it('near-miss includes near_miss, indeterminate and inconsistent', () => {
    expect(['near_miss', 'indeterminate', 'inconsistent'].every((v) => fails(v as never, 'near_miss'))).toBe(true);
    expect(fails('not_checkable', 'near_miss')).toBe(false);
    expect(fails('consistent_other_reading', 'near_miss')).toBe(false);
  });
  it('inconsistent includes only inconsistent; none nothing', () => {
    expect(fails('inconsistent', 'inconsistent')).toBe(true);
    expect(fails('near_miss', 'inconsistent')).toBe(false);
    expect(fails('indeterminate', 'inconsistent')).toBe(false);
    expect(fails('inconsistent', 'none')).toBe(false);
  });
});

describe('text', () => {
  it('groups findings under the plan title, with counts, targets and issue lines', () => {
    const out = formatText([report], context());
    const lines = out.split('\n');
    expect(lines[0]).toBe('创新行动计划 & <测试>  (plans/002, innovation:plan.yaml)');
    expect(out).toContain("plans/002, innovation:plan.yaml:42:7: unknown_field: unknown field 'colour' second line 100%\n");
    expect(out).toContain('[near miss] revenue_target: 新产品销售收入: target_short');
    expect(out).toContain('Summary: consistent within rounding 1 · near miss 1 · inconsistent 1 · indeterminate 1 · not checkable 1');
    expect(out).toContain('Targets: (2) 高新技术企业 300家以上 (2020); 农户 600余户 (2015)\n');
    expect(out).not.toContain('\u001b[');
  });
  it('shows the first five targets and how many more', () => {
    const targets = Array.from({ length: 7 }, (_, i) => ({ figure: `t${i}`, subject: `T${i}`, text: `${i}`, unit: '个', from: 2016, to: 2020, qualifiers: [] }));
    const out = formatText([{ ...report, targets }], context());
    expect(out).toContain('Targets: (7) T0 0个 (2016–2020); T1 1个 (2016–2020); T2 2个 (2016–2020); T3 3个 (2016–2020); T4 4个 (2016–2020); … +2\n');
  });
  it('colours only when asked', () => {
    expect(formatText([report], context({ color: true }))).toContain('\u001b[31m');
  });
  it('uses the words of the language', () => {
    expect(formatText([report], context({ lang: 'zh' }))).toContain('合计: ');
  });
});

describe('json', () => {
  it('parses, and round-trips decimals as exact strings without exponents', () => {
    const doc = JSON.parse(formatJson([report, brokenReport], context()));
    expect(doc.version).toBe('9.9.9');
    expect(doc.plans).toHaveLength(2);
    const [plan] = doc.plans;
    expect(Object.keys(plan)).toEqual(['plan', 'counts', 'findings', 'targets', 'issues']);
    const near = plan.findings[0];
    expect(near.implied.value).toBe(IMPLIED_2020);
    expect(near.implied.interval).toEqual({ lo: '1989.9935', hi: '1990.2222' });
    expect(near.stated.value).toBe('2000');
    // The required rate is in % as its unit says (issue 10: 10.07003%, not 0.1007003 with unit %).
    expect(near.required).toMatchObject({ value: '10.07003', unit: '%' });
    expect(near.gap).toMatchObject({ absolute: '-9.892191196', relative: '-0.004946095598', unit: '亿元' });
    expect(near.message).toBe('新产品销售收入: target_short');
    const tiny = plan.findings[4];
    expect(tiny.gap.absolute).toBe(`0.${'0'.repeat(24)}1`);
    expect(tiny.gap.relative).toBe(`-0.${'0'.repeat(21)}15`);
    expect(JSON.stringify(doc)).not.toMatch(/\d[eE][+-]?\d/);
    expect(plan.counts.near_miss).toBe(1);
    expect(plan.issues[0]).toMatchObject({ code: 'unknown_field', line: 42, column: 7 });
    expect(doc.plans[1].issues[0].code).toBe('syntax_error');
  });
});

describe('markdown', () => {
  it('has a table per plan with escaped cells', () => {
    const out = formatMarkdown([report, cleanReport], context());
    expect(out).toContain('### 创新行动计划 &amp; &lt;测试&gt;');
    expect(out.match(/\| Relation \| Verdict \| Finding \|/g)).toHaveLength(2);
    expect(out).toContain('| `sum_total` | ❌ inconsistent | a \\| b &lt;c&gt; &amp; "d": sum_mismatch |');
    expect(out).toContain('unknown field \'colour\'<br>second line 100%');
  });
  it('escapes cells', () => {
    const out = formatMarkdown([{ ...cleanReport, plan: { ...cleanReport.plan, title: 'a|b\nc<d>' } }], context());
    expect(out).toContain('### a\\|b<br>c&lt;d&gt;');
  });
});

describe('junit', () => {
  it('is well-formed: one suite per plan, one case per relation, failures at the fail level', () => {
    const xml = formatJunit([report, cleanReport, brokenReport], context());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const root = parseXml(xml);
    expect(root.name).toBe('testsuites');
    const suites = root.children;
    expect(suites.map((s) => s.name)).toEqual(['testsuite', 'testsuite', 'testsuite']);
    expect(suites[0]!.attrs['name']).toBe('创新行动计划 & <测试>');
    expect(suites[0]!.children.map((c) => c.attrs['name'])).toEqual(['revenue_target', 'profit_cagr', 'sum_total', 'va_rate', 'tiny']);
    expect(all(suites[0]!, 'failure').map((f) => f.attrs['type'])).toEqual(['sum_mismatch']);
    expect(suites[0]!.attrs).toMatchObject({ tests: '5', failures: '1', skipped: '1' });
    expect(all(suites[2]!, 'error')).toHaveLength(1);
    expect(root.attrs).toMatchObject({ tests: '7', failures: '1', errors: '1' });
  });
  it('fails near misses and indeterminate ones at --fail-on near-miss, nothing at none', () => {
    const nearMiss = parseXml(formatJunit([report], context({ failOn: 'near_miss' })));
    expect(all(nearMiss, 'failure').map((f) => f.attrs['type'])).toEqual(['target_short', 'sum_mismatch', 'rate_mismatch']);
    expect(all(parseXml(formatJunit([report], context({ failOn: 'none' }))), 'failure')).toHaveLength(0);
  });
  it('escapes markup and drops characters XML cannot hold', () => {
    const xml = formatJunit([{ ...cleanReport, plan: { ...cleanReport.plan, title: `<a href="x">'&'</a>\u0001\u001b` } }], context());
    expect(xml).toContain('name="&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;"');
    expect(parseXml(xml).children[0]!.attrs['name']).toBe(`<a href="x">'&'</a>`);
  });
});

describe('sarif', () => {
  it('is SARIF 2.1.0 with one result per non-consistent finding and per issue', () => {
    const log = JSON.parse(formatSarif([report, cleanReport], context()));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const [run] = log.runs;
    expect(run.tool.driver).toMatchObject({ name: 'growth-targets', version: '9.9.9' });
    const results = run.results as { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: object } }[] }[];
    expect(results.map((r) => r.ruleId)).toEqual(['plan/unknown_field', 'target_short', 'sum_mismatch', 'comparable_prices', 'rate_mismatch']);
    expect(results.map((r) => r.level)).toEqual(['warning', 'warning', 'error', 'note', 'warning']);
    expect(results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 42, startColumn: 7 });
    expect(results[1]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('plans/002,%20innovation:plan.yaml');
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(results.every((r) => ruleIds.includes(r.ruleId))).toBe(true);
  });
});

describe('github', () => {
  it('escapes data and properties as the toolkit does', () => {
    const issue = { code: 'syntax_error', severity: 'error', message: 'a%b\r\nc:d,e', file: 'a%b\r\nc:d,e', path: [] } as const;
    const out = formatGithub([{ ...brokenReport, issues: [issue] }], context());
    expect(out).toBe('::error file=a%25b%0D%0Ac%3Ad%2Ce,title=syntax_error::a%25b%0D%0Ac:d,e\n');
  });
  it('annotates issues with line and column, failing findings as errors', () => {
    const lines = formatGithub([report, cleanReport], context()).trimEnd().split('\n');
    expect(lines[0]).toBe(
      "::warning file=plans/002%2C innovation%3Aplan.yaml,line=42,col=7,title=unknown_field::unknown field 'colour'%0Asecond line 100%25",
    );
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(1);
    expect(lines.find((l) => l.includes('sum_total'))).toMatch(/^::error file=plans\/002%2C innovation%3Aplan\.yaml,title=sum_total%3A inconsistent::/);
    expect(lines.find((l) => l.includes('va_rate'))).toMatch(/^::notice /);
    expect(lines).toHaveLength(5);
  });
});

describe('SARIF URIs', () => {
  it('use forward slashes and percent-encode', () => {
    const uri = (file: string): string =>
      JSON.parse(formatSarif([{ ...brokenReport, plan: { ...brokenReport.plan, file }, issues: [{ ...brokenReport.issues[0]!, file }] }], context())).runs[0]
        .results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri('plans\\规划 1.yaml')).toBe('plans/%E8%A7%84%E5%88%92%201.yaml');
    expect(uri('a#b?.yaml')).toBe('a%23b%3F.yaml');
  });
});

describe('json: units and size (issue 10)', () => {
  const pct = (v: string) => new D(v);
  const rateFinding = {
    ...report.findings[0]!,
    relation: 'rate_check',
    stated: { figure: 'r', text: '29.8', value: pct('0.298'), interval: { lo: pct('0.2975'), hi: pct('0.2985') }, unit: '%', qualifiers: [] },
    implied: { value: pct('0.29758'), interval: { lo: pct('0.2956'), hi: pct('0.2997') }, unit: '%' },
    gap: { absolute: pct('-0.00042'), relative: pct('-0.0003') },
    required: { figure: 'r', what: 'rate', value: pct('0.29758'), unit: '%' },
    figures: [{ figure: 'a', text: '8.4', value: pct('8.4'), interval: { lo: pct('8.35'), hi: pct('8.45') }, unit: '亿元', qualifiers: [] }],
  } as unknown as Finding;

  it('writes a % quantity as a percent number and the gap of one in percentage points', () => {
    const [finding] = JSON.parse(formatJson([{ ...report, findings: [rateFinding] }], context())).plans[0].findings;
    expect(finding.stated).toMatchObject({ value: '29.8', interval: { lo: '29.75', hi: '29.85' }, unit: '%' });
    expect(finding.implied).toMatchObject({ value: '29.758', interval: { lo: '29.56', hi: '29.97' }, unit: '%' });
    expect(finding.required).toMatchObject({ value: '29.758', unit: '%' });
    expect(finding.gap).toEqual({ absolute: '-0.042', relative: '-0.0003', unit: '个百分点' });
    expect(finding.figures[0]).toMatchObject({ value: '8.4', interval: { lo: '8.35', hi: '8.45' }, unit: '亿元' });
  });

  it('is JSON.stringify with two spaces for a small report', () => {
    const text = formatJson([report, brokenReport], context());
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(formatJson([], context())).toBe(`${JSON.stringify({ version: '9.9.9', plans: [] }, null, 2)}\n`);
  });

  it('writes a finding per line, unindented, above PRETTY_FINDINGS findings', () => {
    const many = { ...report, findings: Array.from({ length: PRETTY_FINDINGS + 1 }, (_, i) => ({ ...report.findings[1]!, relation: `many${i}` })) };
    const text = formatJson([many, report], context());
    const doc = JSON.parse(text);
    expect(doc.plans[0].findings).toHaveLength(PRETTY_FINDINGS + 1);
    expect(doc.plans[1].findings).toHaveLength(report.findings.length);
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('{"relation":"many')).length).toBe(PRETTY_FINDINGS + 1);
    expect(text).not.toMatch(/\n {2}/);
    expect(text.length).toBeLessThan(JSON.stringify(doc, null, 2).length * 0.7);
    expect([...jsonPieces([many], context())].length).toBeGreaterThan(PRETTY_FINDINGS);
  });
});

describe('locations: every format puts a finding on its relation’s line (issue 10)', () => {
  const text = readFileSync(new URL('../../seeds/002-shanxi-innovation-2014.yaml', import.meta.url), 'utf8');
  const file = 'seeds/002-shanxi-innovation-2014.yaml';
  const checked = checkPlan(loadPlan(text, { file }));
  const near = checked.findings.find((f) => f.verdict === 'near_miss')!;
  const line = text.split('\n').findIndex((l) => l.includes(`id: ${near.relation}`)) + 1;
  const ctx = context({ failOn: 'near_miss' });

  it('checkPlan gives the finding and its figures their places in the file', () => {
    expect(line).toBeGreaterThan(1);
    expect(near.location).toEqual({ file, line, column: 5 });
    for (const f of near.figures) {
      expect(f.location?.line).toBe(text.split('\n').findIndex((l) => l.includes(`id: ${f.figure},`) || l.endsWith(`id: ${f.figure}`)) + 1);
    }
    expect(checked.plan.file).toBe(file);
  });

  it('SARIF: a region at the relation, the figures as related locations', () => {
    const result = JSON.parse(formatSarif([checked], ctx)).runs[0].results.find((r: { properties: { relation: string } }) => r.properties.relation === near.relation);
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: file }, region: { startLine: line, startColumn: 5 } });
    expect(result.relatedLocations.map((l: { message: { text: string } }) => l.message.text)).toEqual(near.figures.map((f) => f.figure));
    expect(result.relatedLocations[0].physicalLocation.region.startLine).toBe(near.figures[0]!.location!.line);
  });

  it('GitHub: ::error file=…,line=…,col=…', () => {
    expect(formatGithub([checked], ctx)).toContain(`::error file=${file},line=${line},col=5,title=${near.relation}%3A`);
  });

  it('JUnit: the testcase’s file and line', () => {
    const xml = parseXml(formatJunit([checked], ctx));
    const testcase = all(xml, 'testcase').find((t) => t.attrs['name'] === near.relation)!;
    expect(testcase.attrs).toMatchObject({ file, line: String(line) });
  });

  it('text and Markdown: file:line:column', () => {
    expect(formatText([checked], ctx)).toContain(`${near.relation} (${file}:${line}:5): `);
    expect(formatMarkdown([checked], ctx)).toContain(`\`${near.relation}\`<br>\`${file}:${line}:5\``);
  });

  it('JSON: location objects', () => {
    const doc = JSON.parse(formatJson([checked], ctx));
    const finding = doc.plans[0].findings.find((f: { relation: string }) => f.relation === near.relation);
    expect(finding.location).toEqual({ file, line, column: 5 });
  });
});

describe('the closing line across all plans (issue 10)', () => {
  it('totals every verdict, says which fail level fails the run and by which findings', () => {
    const out = formatText([report, cleanReport], context({ failOn: 'near_miss' }));
    const last = out.trimEnd().split('\n').at(-1);
    expect(last).toBe(
      'Total (2 plans, 6 relations): consistent within rounding 2 · near miss 1 · inconsistent 1 · indeterminate 1 · not checkable 1; fails at near-miss: 3 findings at or above it (innovation/revenue_target, innovation/sum_total, innovation/tiny)',
    );
  });
  it('says a run passes, and counts files with errors', () => {
    expect(formatText([cleanReport], context()).trimEnd().split('\n').at(-1)).toMatch(/; passes at inconsistent: no finding at or above it$/);
    expect(formatMarkdown([cleanReport, brokenReport], context()).trimEnd().split('\n').at(-1)).toMatch(/1 file with errors, not checked\*\*$/);
  });
  it('in Chinese', () => {
    expect(formatText([report], context({ lang: 'zh' })).trimEnd().split('\n').at(-1)).toMatch(/^总计（1个规划，5个关系）：.*；按 inconsistent 级别失败：1项结论达到或超过该级别（innovation\/\w+）$/);
  });
});
