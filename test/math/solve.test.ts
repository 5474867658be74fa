import { describe, expect, it } from 'vitest';
import { D } from '../../src/math/decimal.js';
import { solveMonotone } from '../../src/math/solve.js';
import { expectAgree, expectCode, o } from './oracle.js';

describe('solveMonotone', () => {
  it('closes a bracket around √2 with Newton steps', () => {
    const s = solveMonotone((x) => x.times(x), 0, 2, { target: 2, derivative: (x) => x.times(2) });
    expect(s.hi.minus(s.lo).lt('1e-35')).toBe(true);
    expect(s.lo.times(s.lo).lte(2) && s.hi.times(s.hi).gte(2)).toBe(true);
    expectAgree(s.root, o(2).sqrt(), 38);
    expect(s.iterations).toBeLessThan(20);
  });

  it('converges with secant steps, and by bisection on a jump', () => {
    const cube = solveMonotone((x) => x.pow(3), 0, 10, { target: 10 });
    expect(cube.hi.minus(cube.lo).lt('1e-35')).toBe(true);
    expectAgree(cube.root, o(10).cbrt(), 38);
    const jump = solveMonotone((x) => (x.lt(1) ? new D(0) : new D(2)), 0, 10, { target: 1 });
    expect(jump.lo.lt(1) && jump.hi.gte(1) && jump.hi.minus(jump.lo).lt('1e-35')).toBe(true);
  });

  it('rejects a target outside the bracket and bad options', () => {
    expectCode(() => solveMonotone((x) => x, 0, 1, { target: 2 }), 'no_solution');
    expectCode(() => solveMonotone((x) => x, 1, 0), 'invalid_interval');
    expectCode(() => solveMonotone((x) => x, 0, 1, { tolerance: 0 }), 'invalid_option');
    expectCode(() => solveMonotone((x) => x, 0, 1, { maxIterations: 0 }), 'invalid_option');
  });
});
