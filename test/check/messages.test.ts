import { describe, expect, it } from 'vitest';
import { FINDING_CODES, VERDICTS, checkPlan, renderFinding, verdictLabel } from '../../src/check/index.js';
import { templatesOf } from '../../src/check/messages/index.js';
import type { Finding } from '../../src/check/types.js';
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

  it('fills every placeholder (no undefined, no empty parentheses) for every code', () => {
    for (const code of FINDING_CODES) {
      const f: Finding = { ...finding, code };
      for (const lang of ['en', 'zh'] as const) {
        const text = renderFinding(f, lang);
        expect(text, `${code} ${lang}`).not.toMatch(/undefined|NaN|\(\)|（）/);
      }
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
