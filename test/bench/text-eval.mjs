// Measures the text reader against gold plan files: the seed plans (seeds/*.yaml, whose sources are
// in seeds/sources/) and the unseen plans (test/fixtures/unseen/set*/*.yaml, sources next to them).
//
// Matching, extracted figure to gold figure:
// - A gold figure's number is found in the source: each place its quote occurs, and inside the quote
//   the place its value is written (unsigned; a whole number, not part of a longer one). When the
//   value is not written there (翻一番 is 2; 均开展 is 100), the quote itself is the place.
// - An extracted figure is at its number (and at the numbers of its merged repeats).
// - They match when those places overlap (for a quote-wide place, the values must also be equal),
//   one to one, in the gold file's order.
// - A matched figure is right when its value (and upper end), unit, year or from/to, qualifiers (as
//   a set) and role all equal the gold figure's; its type and indicator are not compared.
// - Precision = right / extracted figures; recall = right / gold figures.
// Relations: an extracted relation is right when its kind is the gold relation's and each of its
// slots holds the figures matched to the gold relation's (parts as a set; "100%" equal).
//
// Usage: npm run build && node test/bench/text-eval.mjs [--details]   (prints the tables)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @typedef {{ start: number, end: number }} Range */
/** @typedef {{ gold: number, extracted: number, matched: number, right: number }} Counts */

/** Folds full-width digits and punctuation as the reader does (same length). */
function fold(text) {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : c;
  }
  return out;
}

/** Every place `needle` occurs in `hay`. */
function occurrences(hay, needle) {
  const out = [];
  if (needle === '') return out;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';

/** Where a written value stands in a quote: whole numbers only (5 is not inside 15 or 2015). */
function valueAt(quote, value) {
  const v = value.replace(/^[+-]/, '');
  return occurrences(quote, v).filter((i) => {
    const before = quote[i - 1];
    const after = quote[i + v.length];
    return !isDigit(before) && before !== '.' && !isDigit(after) && !(after === '.' && isDigit(quote[i + v.length + 1]));
  }).map((i) => ({ start: i, end: i + v.length }));
}

/** The places of a gold figure's number in the source, and whether they are quote-wide. */
function goldPlaces(figure, source) {
  const folded = fold(source).replaceAll(/(\d),(\d{3})/g, '$1\uFFFF$2');
  const quote = figure.quote ?? '';
  const at = occurrences(source, quote);
  const places = [];
  for (const q of at) {
    const inQuote = valueAt(folded.slice(q, q + quote.length).replaceAll('\uFFFF', ','), figure.value);
    for (const r of inQuote) places.push({ start: q + r.start, end: q + r.end });
  }
  if (places.length > 0) return { places, wide: false };
  return { places: at.map((q) => ({ start: q, end: q + quote.length })), wide: true };
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** The unit a figure is in (its own, else its type's default on its indicator). */
function unitOf(figure, plan) {
  if (figure.unit !== undefined) return figure.unit;
  const indicator = plan.indicators.find((i) => i.id === figure.indicator);
  switch (figure.type) {
    case 'rate':
    case 'share':
    case 'change':
      return '%';
    case 'points':
      return '个百分点';
    case 'multiple':
      return '倍';
    default:
      return indicator?.unit ?? '';
  }
}

const norm = (u) => u.normalize('NFKC').replace('百分点', '个百分点').replace('个个', '个');

/** What differs between a matched extracted figure and its gold figure. */
function differences(got, gotPlan, want, wantPlan) {
  const out = [];
  if (got.value !== want.value || (got.high ?? '') !== (want.high ?? '')) out.push('value');
  if (norm(unitOf(got, gotPlan)) !== norm(unitOf(want, wantPlan))) out.push('unit');
  if (got.year !== want.year || got.from !== want.from || got.to !== want.to) out.push('year');
  const gq = [...new Set(got.qualifiers)].sort().join('+');
  const wq = [...new Set(want.qualifiers)].sort().join('+');
  if (gq !== wq) out.push('qualifier');
  if (got.role !== want.role) out.push('role');
  return out;
}

/** The figure ids a relation names per slot (parts sorted). */
function slotsOf(relation) {
  const out = {};
  for (const [k, v] of Object.entries(relation)) {
    if (['id', 'kind', 'quote', 'note', 'caveats'].includes(k)) continue;
    out[k] = Array.isArray(v) ? [...v].sort().join('+') : v;
  }
  return out;
}

/**
 * Evaluates a draft against a gold plan.
 * @param {any} gold the gold plan (parsed)
 * @param {string} source the document's text
 * @param {any} draft what extractPlan gave
 */
export function evaluate(gold, source, draft) {
  const got = draft.plan;
  const places = draft.figures.map((f) => [f.number, ...f.repeats.map((r) => r.number)]);
  const used = new Set();
  /** @type {Map<string, string>} gold id → extracted id */
  const match = new Map();
  const details = [];
  let right = 0;
  const errors = { value: 0, unit: 0, year: 0, qualifier: 0, role: 0 };
  for (const want of gold.figures) {
    const { places: at, wide } = goldPlaces(want, source);
    let best = -1;
    for (let k = 0; k < got.figures.length && best === -1; k++) {
      if (used.has(k)) continue;
      const hit = places[k].some((p) => at.some((w) => overlaps(p, w)));
      if (hit && (!wide || got.figures[k].value === want.value)) best = k;
    }
    if (best === -1) {
      details.push({ kind: 'missed', id: want.id, value: want.value, quote: want.quote });
      continue;
    }
    used.add(best);
    const figure = got.figures[best];
    match.set(want.id, figure.id);
    const diff = differences(figure, got, want, gold);
    for (const d of diff) errors[d]++;
    if (diff.length === 0) right++;
    else details.push({ kind: 'wrong', id: want.id, got: figure.id, diff, want: describe(want, gold), was: describe(figure, got) });
  }
  got.figures.forEach((f, k) => {
    if (!used.has(k)) details.push({ kind: 'spurious', id: f.id, value: f.value, quote: f.quote });
  });
  const figures = { gold: gold.figures.length, extracted: got.figures.length, matched: used.size, right };
  // Relations.
  const back = new Map([...match].map(([g, e]) => [e, g]));
  const kinds = {};
  const count = (kind) => (kinds[kind] ??= { gold: 0, extracted: 0, matched: 0, right: 0 });
  const goldKeys = new Map();
  for (const r of gold.relations) {
    count(r.kind).gold++;
    goldKeys.set(`${r.kind}:${JSON.stringify(slotsOf(r))}`, r.id);
  }
  const hits = new Set();
  for (const r of got.relations) {
    count(r.kind).extracted++;
    const mapped = {};
    let all = true;
    for (const [k, v] of Object.entries(slotsOf(r))) {
      const ids = String(v).split('+').map((id) => (id === '100%' ? id : back.get(id)));
      if (ids.some((id) => id === undefined)) all = false;
      mapped[k] = ids.sort().join('+');
    }
    const key = `${r.kind}:${JSON.stringify(mapped)}`;
    const goldId = all ? goldKeys.get(key) : undefined;
    if (goldId !== undefined && !hits.has(goldId)) {
      hits.add(goldId);
      count(r.kind).right++;
    } else {
      details.push({ kind: 'spurious relation', id: r.id, relation: r.kind, quote: r.quote });
    }
  }
  for (const r of gold.relations) if (!hits.has(r.id)) details.push({ kind: 'missed relation', id: r.id, relation: r.kind });
  const relations = Object.values(kinds).reduce(
    (acc, c) => ({ gold: acc.gold + c.gold, extracted: acc.extracted + c.extracted, matched: 0, right: acc.right + c.right }),
    { gold: 0, extracted: 0, matched: 0, right: 0 },
  );
  return { figures, errors, relations, kinds, details };
}

function describe(f, plan) {
  return `${f.type} ${f.value}${f.high ? `-${f.high}` : ''} ${unitOf(f, plan)} ${f.year ?? `${f.from}..${f.to}`} [${f.qualifiers.join('+')}] ${f.role}`;
}

/** Precision and recall of counts, as fractions (1 when there is nothing to find or nothing found). */
export function scores(c) {
  return { precision: c.extracted === 0 ? 1 : c.right / c.extracted, recall: c.gold === 0 ? 1 : c.right / c.gold };
}

/**
 * The gold plan files of a set with their sources: `seeds` (seeds/*.yaml, sources in seeds/sources),
 * `unseen/set1`, `unseen/set2`, … (test/fixtures/unseen: plans encoded for measuring the reader; its
 * README says which sets were measured once and then seen), `real`
 * (test/fixtures/real: eleven excerpts encoded for the checker, relations and their figures only).
 */
export function goldSet(which, parsePlan) {
  const dir = which === 'seeds' ? join(ROOT, 'seeds') : join(ROOT, 'test', 'fixtures', which);
  const sources = which === 'seeds' ? join(dir, 'sources') : dir;
  let files = [];
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch {
    return [];
  }
  return files.map((file) => {
    const parsed = parsePlan(readFileSync(join(dir, file), 'utf8'), { file });
    if (!parsed.ok) throw new Error(`${file} does not load: ${parsed.issues[0]?.message}`);
    const document = which === 'real' ? file.replace(/\.ya?ml$/, '.txt') : parsed.plan.source.document;
    return { file, gold: parsed.plan, source: readFileSync(join(sources, document), 'utf8') };
  });
}

/** The sets of unseen plans (`unseen/set1`, …), in order. */
export function unseenSets() {
  try {
    return readdirSync(join(ROOT, 'test', 'fixtures', 'unseen'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `unseen/${d.name}`)
      .sort();
  } catch {
    return [];
  }
}

/**
 * The unseen sets the reader was generalized on after their first measurement: those whose row in
 * test/fixtures/unseen/README.md says "seen" in its last column (`unseen/set1`, …).
 */
export function seenSets() {
  try {
    const readme = readFileSync(join(ROOT, 'test', 'fixtures', 'unseen', 'README.md'), 'utf8');
    return readme
      .split('\n')
      .filter((line) => line.startsWith('| [set') && (line.split('|').at(-2) ?? '').trim().startsWith('seen'))
      .map((line) => `unseen/${line.slice(3, line.indexOf(']'))}`);
  } catch {
    return [];
  }
}

/** Adds counts up. */
function add(a, b) {
  return { gold: a.gold + b.gold, extracted: a.extracted + b.extracted, matched: a.matched + b.matched, right: a.right + b.right };
}

/**
 * Evaluates every plan of a gold set: per plan, overall, relations per kind.
 * @param {string} which `seeds`, `real` or `unseen/setN`
 * @param {{ extractPlan: Function, parsePlan: Function }} api
 */
export function evaluateSet(which, api) {
  const plans = goldSet(which, api.parsePlan).map(({ file, gold, source }) => {
    const draft = api.extractPlan(source, { document: gold.source.document });
    return { file, ...evaluate(gold, source, draft), identity: { period: samePeriod(draft.plan.period, gold.period), year: draft.plan.year === gold.year } };
  });
  const zero = { gold: 0, extracted: 0, matched: 0, right: 0 };
  const figures = plans.reduce((acc, p) => add(acc, p.figures), zero);
  const relations = plans.reduce((acc, p) => add(acc, p.relations), zero);
  const kinds = {};
  for (const p of plans) for (const [k, c] of Object.entries(p.kinds)) kinds[k] = add(kinds[k] ?? zero, c);
  return { plans, figures, relations, kinds };
}

function samePeriod(a, b) {
  return a.from === b.from && a.to === b.to && a.base === b.base;
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;

/** The result of a set as Markdown tables. */
export function formatSet(name, result) {
  const lines = [`### ${name}`, '', '| plan | gold figures | extracted | right | precision | recall | gold relations | extracted | right | precision | recall |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  const row = (label, f, r) => {
    const fs = scores(f);
    const rs = scores(r);
    return `| ${label} | ${f.gold} | ${f.extracted} | ${f.right} | ${pct(fs.precision)} | ${pct(fs.recall)} | ${r.gold} | ${r.extracted} | ${r.right} | ${pct(rs.precision)} | ${pct(rs.recall)} |`;
  };
  for (const p of result.plans) lines.push(row(p.file, p.figures, p.relations));
  lines.push(row('**all**', result.figures, result.relations));
  lines.push('', '| relation kind | gold | extracted | right | precision | recall |', '| --- | --- | --- | --- | --- | --- |');
  for (const [kind, c] of Object.entries(result.kinds).sort()) {
    const s = scores(c);
    lines.push(`| ${kind} | ${c.gold} | ${c.extracted} | ${c.right} | ${pct(s.precision)} | ${pct(s.recall)} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const api = await import('../../dist/index.js');
  const titles = {
    seeds: 'Seed plans',
    ...Object.fromEntries(unseenSets().map((set) => [set, `Unseen plans, ${set.slice('unseen/'.length)} (test/fixtures/${set})`])),
    real: 'Checker fixtures (test/fixtures/real: relations and their figures only)',
  };
  for (const which of Object.keys(titles)) {
    const result = evaluateSet(which, api);
    if (result.plans.length === 0) continue;
    console.log(formatSet(titles[which], result));
    console.log('');
    if (process.argv.includes('--details')) {
      for (const p of result.plans) {
        console.log(`#### ${p.file}`, JSON.stringify(p.errors), JSON.stringify(p.identity));
        for (const d of p.details) console.log(JSON.stringify(d));
      }
    }
  }
}
