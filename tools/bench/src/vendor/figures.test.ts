import { describe, expect, it } from 'vitest';
import { idealOf, vendorTargets, type VendorRun } from './figures.js';

const run = (over: Partial<VendorRun>): VendorRun => ({
  concurrency: 'declared',
  status: 'success',
  error: null,
  records: 100_000,
  pages: 1_000,
  durationMs: 48_000,
  requests: 1_000,
  limited: 0,
  limitedAtMs: [],
  idealMs: 40_000,
  ofIdeal: 40_000 / 48_000,
  cpuMs: 9_000,
  simulatorCpuMs: 4_000,
  pgCpuMs: 3_000,
  machineIdle: 0.4,
  ...over,
});

describe('idealOf', () => {
  it('is the requests at the rate limit, and the share of the wall time it is', () => {
    expect(idealOf({ requests: 1_000, durationMs: 50_000 }, 25)).toEqual({ idealMs: 40_000, ofIdeal: 0.8 });
    expect(idealOf({ requests: 1_000, durationMs: 200_000 }, 25).ofIdeal).toBeCloseTo(0.2);
  });
  it('has no ideal without a rate limit', () => {
    expect(idealOf({ requests: 1_000, durationMs: 50_000 }, undefined)).toEqual({ idealMs: 0, ofIdeal: 0 });
  });
});

describe('vendorTargets', () => {
  const issue = { latencyMs: 200, jitterMs: 0, rate: 25 };
  it('meets the targets at 83% of the ideal, one 429, 48 s', () => {
    expect(vendorTargets(run({ limited: 1 }), issue, 100_000)).toEqual({
      within80PercentOfIdeal: true,
      under50s: true,
      atMostOne429: true,
    });
  });
  it('misses them when slower than 80% of the ideal or limited more than once', () => {
    const slow = run({ durationMs: 60_000, ofIdeal: 40_000 / 60_000, limited: 3 });
    expect(vendorTargets(slow, issue, 100_000)).toEqual({ within80PercentOfIdeal: false, under50s: false, atMostOne429: false });
  });
  it('states the 50 s figure only at the issue setting (100,000 charges, 25/s, 200 ms)', () => {
    expect(vendorTargets(run({}), issue, 10_000).under50s).toBeNull();
    expect(vendorTargets(run({}), { ...issue, rate: 100 }, 100_000).under50s).toBeNull();
  });
});
