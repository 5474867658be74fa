// Generated plans for npm run bench: n indicators, each with a base level, a rate and a target level
// tied by one growth_target relation. Deterministic (fixed-seed LCG), so runs compare.

/** A fixed-seed linear congruential generator of floats in [0, 1). */
export function lcg(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** The plan model (what parsePlan returns) of n growth-target relations. */
export function generatedPlan(n) {
  const r = lcg(7);
  const indicators = [];
  const figures = [];
  const relations = [];
  for (let i = 0; i < n; i++) {
    const base = (10 + r() * 1000).toFixed(1);
    const rate = (2 + r() * 15).toFixed(1);
    const target = (Number(base) * (1 + Number(rate) / 100) ** 5 * (0.98 + r() * 0.04)).toFixed(0);
    indicators.push({ id: `i${i}`, name: `指标${i}`, unit: '亿元', kind: 'value' });
    figures.push(
      { id: `b${i}`, indicator: `i${i}`, type: 'level', year: 2015, value: base, qualifiers: [], role: 'measured' },
      { id: `r${i}`, indicator: `i${i}`, type: 'rate', from: 2015, to: 2020, value: rate, qualifiers: [], role: 'planned' },
      { id: `t${i}`, indicator: `i${i}`, type: 'level', year: 2020, value: target, qualifiers: ['以上'], role: 'planned' },
    );
    relations.push({ id: `g${i}`, kind: 'growth_target', base: `b${i}`, rate: `r${i}`, target: `t${i}` });
  }
  return {
    id: `generated-${n}`, title: `generated ${n}`, issuer: 'bench', year: 2016,
    period: { from: 2016, to: 2020, base: 2015 }, source: { document: 'generated' },
    indicators, figures, relations,
  };
}

/**
 * The same plan as a plan file in the seeds' style: one flow mapping per item, values as quoted
 * strings, years as YAML numbers, roles and empty qualifiers left for the loader to infer.
 */
export function generatedPlanYaml(n) {
  const plan = generatedPlan(n);
  const out = [
    `id: ${plan.id}`,
    `title: ${plan.title}`,
    `issuer: ${plan.issuer}`,
    `year: ${plan.year}`,
    'period: { from: 2016, to: 2020, base: 2015 }',
    'source: { document: generated }',
    'indicators:',
  ];
  for (const i of plan.indicators) out.push(`  - { id: ${i.id}, name: ${i.name}, unit: ${i.unit}, kind: ${i.kind} }`);
  out.push('figures:');
  for (const f of plan.figures) {
    const when = f.year === undefined ? `from: ${f.from}, to: ${f.to}` : `year: ${f.year}`;
    const qualifier = f.qualifiers.length > 0 ? `, qualifier: ${f.qualifiers[0]}` : '';
    out.push(`  - { id: ${f.id}, indicator: ${f.indicator}, type: ${f.type}, ${when}, value: "${f.value}"${qualifier} }`);
  }
  out.push('relations:');
  for (const r of plan.relations) out.push(`  - { id: ${r.id}, kind: ${r.kind}, base: ${r.base}, rate: ${r.rate}, target: ${r.target} }`);
  return `${out.join('\n')}\n`;
}
