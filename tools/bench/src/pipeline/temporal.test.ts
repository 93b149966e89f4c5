import { describe, expect, it } from 'vitest';
import { temporalVsInProcess } from './temporal.js';

describe('temporalVsInProcess', () => {
  it('is the Temporal wall time over the in-process one, within the goal up to 1.5 times', () => {
    expect(temporalVsInProcess({ durationMs: 12_000 }, { durationMs: 10_000 })).toEqual({ ratio: 1.2, within1_5x: true });
    expect(temporalVsInProcess({ durationMs: 15_000 }, { durationMs: 10_000 }).within1_5x).toBe(true);
    expect(temporalVsInProcess({ durationMs: 16_000 }, { durationMs: 10_000 })).toEqual({ ratio: 1.6, within1_5x: false });
  });
  it('states no goal met without an in-process time', () => {
    expect(temporalVsInProcess({ durationMs: 1 }, { durationMs: 0 })).toEqual({ ratio: 0, within1_5x: false });
  });
});
