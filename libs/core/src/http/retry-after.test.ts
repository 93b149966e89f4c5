import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from './retry-after.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('Wed, 21 Oct 2026 07:27:00 GMT');

  it('reads delta seconds, including fractions and padding', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter('0')).toBe(0);
    expect(parseRetryAfter('1.5')).toBe(1500);
    expect(parseRetryAfter('0.05')).toBe(50);
    expect(parseRetryAfter(' 2 ')).toBe(2000);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:26:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('Wednesday, 21-Oct-26 07:28:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Wed Oct 21 07:29:00 2026', 0)).toBeGreaterThan(0);
  });

  it('returns undefined when absent or unparseable', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter('')).toBeUndefined();
    expect(parseRetryAfter('   ')).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter('-5')).toBeUndefined();
    expect(parseRetryAfter('abc 12')).toBeUndefined();
    expect(parseRetryAfter('2026')).toBe(2_026_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026')).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('is zero with a random of 0 and just under the ceiling with a random close to 1', () => {
    expect(backoffDelay(1, 100, 10_000, () => 0)).toBe(0);
    expect(backoffDelay(1, 100, 10_000, () => 0.999_999)).toBe(99);
  });

  it('doubles the ceiling each attempt', () => {
    const half = () => 0.5;
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(attempt, 100, 10_000, half))).toEqual([50, 100, 200, 400]);
  });

  it('never exceeds the cap', () => {
    expect(backoffDelay(20, 100, 1000, () => 0.999_999)).toBe(999);
    expect(backoffDelay(20, 100, 1000, () => 0.5)).toBe(500);
  });

  it('treats attempt 0 like attempt 1 and stays within bounds with the real random', () => {
    expect(backoffDelay(0, 100, 10_000, () => 0.5)).toBe(50);
    for (let i = 0; i < 50; i++) {
      const delay = backoffDelay(3, 100, 10_000);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(400);
    }
  });
});
