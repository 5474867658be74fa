import { describe, expect, it } from 'vitest';
import { FINDING_CODES, VERDICTS, checkPlan, renderFinding, verdictLabel } from '../../src/check/index.js';
import { templatesOf } from '../../src/check/messages/index.js';
import { PLAN_FOR_CODE } from './every-code.js';
import { growthPlan } from './helpers.js';

describe('message templates', () => {
  it.each(['en', 'zh'] as const)('every code has a %s template', (lang) => {
    const templates = templatesOf(lang);
    for (const code of FINDING_CODES) expect(typeof templates[code], code).toBe('function');
    expect(Object.keys(templates).sort()).toEqual([...FINDING_CODES].sort());
  });

  it('codes are stable snake_case and unique', () => {
    for (const code of FINDING_CODES) expect(code).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
    expect(new Set(FINDING_CODES).size).toBe(FINDING_CODES.length);
  });

  it.each(['en', 'zh'] as const)('every verdict has a distinct %s label', (lang) => {
    const labels = VERDICTS.map((v) => verdictLabel(v, lang));
    expect(new Set(labels).size).toBe(VERDICTS.length);
    for (const l of labels) expect(l.length).toBeGreaterThan(0);
  });
});

describe('renderFinding', () => {
  const finding = checkPlan(growthPlan({ base: '928.4', rate: '10', target: '2000', targetExtra: { qualifiers: ['力争', '以上'] } })).findings[0]!;

  it.each(FINDING_CODES)('renders a real finding of code %s with every placeholder filled, in both languages', (code) => {
    const [f] = checkPlan(PLAN_FOR_CODE[code]).findings;
    expect(f?.code).toBe(code);
    for (const lang of ['en', 'zh'] as const) {
      const text = renderFinding(f!, lang);
      expect(text, `${code} ${lang}`).not.toMatch(/undefined|NaN|\?|\(\)|（）|\[object/);
      expect(text.length, `${code} ${lang}`).toBeGreaterThan(20);
    }
  });

  it('defaults to English and ends with the verdict', () => {
    expect(renderFinding(finding)).toBe(renderFinding(finding, 'en'));
    expect(renderFinding(finding).endsWith('Near miss (stretch target not reached).')).toBe(true);
    expect(renderFinding(finding, 'zh').endsWith('近似不符（力争目标未达到）。')).toBe(true);
  });

  it('names the qualifiers and readings a verdict used', () => {
    const via = checkPlan(
      growthPlan({ base: '928.4', rate: '10', target: '2000', rateExtra: { qualifiers: ['以上'] }, targetExtra: { qualifiers: ['以上'] } }),
    ).findings[0]!;
    expect(renderFinding(via)).toContain('using 以上');
    expect(renderFinding(via, 'zh')).toContain('借助“以上”');
  });
});
