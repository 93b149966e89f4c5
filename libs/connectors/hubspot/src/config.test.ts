import { describe, expect, it } from 'vitest';
import { tokenOf, HubSpotConfig, HubSpotSettings } from './config.js';

const token = 'pat-na1-11111111-2222-4333-8444-555555555555';

describe('HubSpot config and settings', () => {
  it('takes a private app token or OAuth tokens, and reads the access token of either', () => {
    expect(tokenOf(HubSpotConfig.parse({ apiKey: ` ${token} ` }))).toBe(token);
    const oauth = HubSpotConfig.parse({ tokens: { accessToken: 'at-1', obtainedAt: '2026-12-01T00:00:00.000Z', accountId: '24681357' } });
    expect(tokenOf(oauth)).toBe('at-1');
    expect(HubSpotConfig.safeParse({ apiKey: 'not-a-token' }).success).toBe(false);
    expect(HubSpotConfig.safeParse({ apiKey: 'pat-eu1-1111' }).success).toBe(false);
  });

  it('defaults the overlap to ten minutes and reads the company currency in upper case', () => {
    expect(HubSpotSettings.parse({})).toEqual({ overlapMinutes: 10 });
    expect(HubSpotSettings.parse({ companyCurrency: 'eur', overlapMinutes: 0 })).toEqual({ companyCurrency: 'EUR', overlapMinutes: 0 });
    expect(HubSpotSettings.safeParse({ companyCurrency: 'euro' }).success).toBe(false);
    expect(HubSpotSettings.safeParse({ overlapMinutes: 2_000 }).success).toBe(false);
  });
});
