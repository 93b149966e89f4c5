import { describe, expect, it } from 'vitest';
import { memoryTrend, slopePerMinute } from './memory.js';

describe('slopePerMinute', () => {
  it('fits a straight line through samples a fixed step apart', () => {
    expect(slopePerMinute([10, 12, 14, 16], 0.5)).toBeCloseTo(4);
    expect(slopePerMinute([5, 5, 5], 1)).toBe(0);
    expect(slopePerMinute([7], 1)).toBe(0);
  });
});

describe('memoryTrend', () => {
  it('calls memory flat when it levels off after a warm-up, however steep the warm-up', () => {
    const t = memoryTrend([160, 400, 520, 600, 598, 602, 600, 601, 599], 60_000);
    expect(t).toMatchObject({ start: 160, end: 599, max: 602, flat: true });
    expect(Math.abs(t.slopeMbPerMin)).toBeLessThan(1);
  });

  it('calls memory growing when the steady part keeps climbing', () => {
    // +10 MB a minute on about 500 MB over 6 steady minutes: 12% growth.
    const t = memoryTrend([300, 400, 450, 460, 470, 480, 490, 500, 510, 520], 60_000);
    expect(t.slopeMbPerMin).toBeCloseTo(10);
    expect(t.steadyGrowth).toBeGreaterThan(0.05);
    expect(t.flat).toBe(false);
  });

  it('states nothing flat from too few samples', () => {
    expect(memoryTrend([100], 5_000).flat).toBe(false);
    expect(memoryTrend([], 5_000)).toMatchObject({ start: 0, end: 0, max: 0, flat: false });
  });
});
