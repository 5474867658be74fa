import { describe, expect, it } from 'vitest';
import { GrowthError } from '../../src/errors.js';
import { resolveOptions } from '../../src/check/options.js';

describe('resolveOptions', () => {
  it('fills in defaults', () => {
    const o = resolveOptions();
    expect([o.tolerance.toString(), o.approxBand.toString(), o.lenient]).toEqual(['0.01', '0.05', false]);
  });

  it.each([
    [{ tolerance: 'abc' }, 'options.tolerance'],
    [{ tolerance: -0.01 }, 'options.tolerance'],
    [{ tolerance: 1.5 }, 'options.tolerance'],
    [{ tolerance: Number.NaN }, 'options.tolerance'],
    [{ approxBand: 'x' }, 'options.approxBand'],
    [{ lenient: 'yes' }, 'options.lenient'],
  ])('rejects %o naming %s', (bad, argument) => {
    try {
      resolveOptions(bad as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GrowthError);
      expect((e as GrowthError).code).toBe('invalid_option');
      expect((e as GrowthError).details.argument).toBe(argument);
    }
  });
});

