import { describe, expect, it } from 'vitest';
import { monitorFailOnOf, progressFails, type MonitorFailOn } from '../../src/monitor/gate.js';
import type { PaceBand } from '../../src/monitor/progress.js';
import { expectCode } from '../math/oracle.js';

describe('the monitor gate', () => {
  const target = (band: PaceBand, binding = true, label: 'behind' | 'missed' | 'as_expected' = 'behind') => ({ binding, band, label });
  it.each([
    ['behind', 'acceleration_needed', true],
    ['behind', 'on_track', false],
    ['limited', 'acceleration_needed', false],
    ['limited', 'limited', true],
    ['moving_away', 'limited', false],
    ['moving_away', 'moving_away', true],
    ['none', 'moving_away', false],
  ] as const)('at %s a binding target in %s fails: %s', (level, band, fails) => {
    expect(progressFails(target(band), level as MonitorFailOn)).toBe(fails);
  });
  it('a stretch target never fails; a missed binding target fails at every level but none', () => {
    expect(progressFails(target('moving_away', false), 'behind')).toBe(false);
    expect(progressFails(target('on_track', true, 'missed'), 'moving_away')).toBe(true);
    expect(progressFails(target('on_track', true, 'missed'), 'none')).toBe(false);
  });
  it('reads the CLI spelling and refuses anything else', () => {
    expect(monitorFailOnOf('moving-away')).toBe('moving_away');
    expect(monitorFailOnOf('behind')).toBe('behind');
    expectCode(() => monitorFailOnOf('near-miss'), 'invalid_option');
  });
});
