import { describe, expect, it } from 'vitest';
import { FathomConfig, FathomSettings, overlapMs } from './config.js';

describe('Fathom config and settings', () => {
  it('needs an API key; the webhook secret is optional and must look like whsec_<base64>', () => {
    expect(FathomConfig.safeParse({ apiKey: ' fk_live_0123456789 ' }).data).toEqual({ apiKey: 'fk_live_0123456789' });
    expect(FathomConfig.safeParse({}).success).toBe(false);
    expect(FathomConfig.safeParse({ apiKey: 'fk_live_0123456789', webhookSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }).success).toBe(
      true,
    );
    expect(FathomConfig.safeParse({ apiKey: 'fk_live_0123456789', webhookSecret: 'secret' }).success).toBe(false);
  });

  it('defaults to a day of overlap, metadata only (no summaries) and every team', () => {
    expect(FathomSettings.parse({})).toEqual({ overlapHours: 24, includeSummary: false, teams: [] });
    expect(FathomSettings.safeParse({ overlapHours: 24 * 32 }).success).toBe(false);
    expect(FathomSettings.safeParse({ teams: [''] }).success).toBe(false);
  });

  it('overlaps by at least a second: created_after is exclusive and Fathom stamps to the second', () => {
    expect(overlapMs({ overlapHours: 0 })).toBe(1_000);
    expect(overlapMs({ overlapHours: 6 })).toBe(6 * 3_600_000);
  });
});
