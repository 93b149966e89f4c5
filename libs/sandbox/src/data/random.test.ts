import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, hashSeed, rngFor } from './random.js';

const draw = (seed: number, n = 5): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('repeats the same sequence for the same seed and differs across seeds', () => {
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps int() within inclusive bounds and reaches both ends', () => {
    const rng = createRng(1);
    const rolls = Array.from({ length: 2000 }, () => rng.int(1, 6));
    expect(Math.min(...rolls)).toBe(1);
    expect(Math.max(...rolls)).toBe(6);
  });

  it('picks in proportion to weights', () => {
    const rng = createRng(9);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++) counts[rng.weighted({ a: 9, b: 1 })]++;
    expect(counts.a / 10_000).toBeGreaterThan(0.85);
    expect(counts.a / 10_000).toBeLessThan(0.95);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRng(1).pick([])).toThrow(RangeError);
  });
});

describe('rngFor', () => {
  it('derives record randomness from (seed, index) alone', () => {
    expect(rngFor(7, 999_999).next()).toBe(rngFor(7, 999_999).next());
    expect(rngFor(7, 1).next()).not.toBe(rngFor(7, 2).next());
    expect(rngFor(7, 1).next()).not.toBe(rngFor(8, 1).next());
  });

  it('separates named streams and huge indexes', () => {
    expect(rngFor(7, 1, 'a').next()).not.toBe(rngFor(7, 1, 'b').next());
    expect(hashSeed(1, 2 ** 32)).not.toBe(hashSeed(1, 0));
    expect(deriveSeed(5, 'charges')).toBe(deriveSeed(5, 'charges'));
    expect(deriveSeed(5, 'charges')).not.toBe(deriveSeed(5, 'customers'));
  });
});
