import { describe, expect, it } from 'vitest';
import { benchStripe, pacing } from './paced.js';

const credentials = { apiKey: 'sk_test_tributary_sandbox' };

describe('the pipeline children pace Stripe', () => {
  it('as the connector declares for a test key by default', () => {
    expect(benchStripe([]).rateLimitFor?.(credentials)).toEqual({ perSecond: 25 });
  });

  it('as for a live key with --live', () => {
    expect(benchStripe(['--url', 'x', ...pacing(true)]).rateLimitFor?.(credentials)).toEqual({ perSecond: 100 });
    expect(pacing(false)).toEqual([]);
  });

  it('refuses a pace that is not a positive number', () => {
    expect(() => benchStripe(['--per-second', 'fast'])).toThrow(/--per-second takes a positive number/);
  });
});
