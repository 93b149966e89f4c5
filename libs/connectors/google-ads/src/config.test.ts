import { describe, expect, it } from 'vitest';
import { GoogleAdsConfig, GoogleAdsSettings, loginFor } from './config.js';

describe('Google Ads settings and config', () => {
  it('normalizes customer ids (hyphens dropped, duplicates removed) and fills defaults', () => {
    const s = GoogleAdsSettings.parse({
      customerIds: ['123-456-7890', '1234567890', '2223334444'],
      loginCustomerId: '999-888-7777',
      loginCustomerIds: { '222-333-4444': '555-666-7777' },
    });
    expect(s).toEqual({
      customerIds: ['1234567890', '2223334444'],
      loginCustomerId: '9998887777',
      loginCustomerIds: { '2223334444': '5556667777' },
      initialDays: 30,
      restatementDays: 30,
      daysPerRequest: 30,
    });
    expect(loginFor(s, '2223334444')).toBe('5556667777');
    expect(loginFor(s, '1234567890')).toBe('9998887777');
  });

  it('accepts no account (the sync then asks to select one) and rejects malformed ids and ranges', () => {
    expect(GoogleAdsSettings.parse({}).customerIds).toEqual([]);
    expect(GoogleAdsSettings.safeParse({ customerIds: ['12345'] }).success).toBe(false);
    expect(GoogleAdsSettings.safeParse({ customerIds: ['1234567890'], startDate: '2026-13-01' }).success).toBe(false);
    expect(GoogleAdsSettings.safeParse({ customerIds: ['1234567890'], restatementDays: 0 }).success).toBe(false);
  });

  it('stores tokens and an optional developer token; the access token is lifted for the HTTP client', () => {
    const tokens = { accessToken: 'ya29.token', obtainedAt: '2026-10-14T00:00:00.000Z' };
    const config = GoogleAdsConfig.parse({ tokens, developerToken: ' dev-token ' });
    expect(config).toMatchObject({ accessToken: 'ya29.token', developerToken: 'dev-token', tokens: { accessToken: 'ya29.token' } });
    expect(GoogleAdsConfig.safeParse({ apiKey: 'x' }).success).toBe(false);
  });
});
