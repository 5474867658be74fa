import { describe, expect, it } from 'vitest';
import { verdictFails as fails } from '../../src/check/gate.js';
import { formatGithub } from '../../src/report/github.js';
import { formatJson } from '../../src/report/json.js';
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
    expect(near.required.value).toBe('0.1007003');
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
