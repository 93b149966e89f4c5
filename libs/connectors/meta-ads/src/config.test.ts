import { describe, expect, it } from 'vitest';
import { MetaAdsConfig, MetaAdsSettings } from './config.js';
import { metaAds } from './connector.js';

describe('Meta Ads settings, config and the account picker', () => {
  it('normalizes ad account ids to act_<n> without duplicates and fills defaults (28-day restatement)', () => {
    expect(MetaAdsSettings.parse({ accountIds: ['1234567890', 'act_1234567890', ' act_42 '] })).toEqual({
      accountIds: ['act_1234567890', 'act_42'],
      initialDays: 30,
      restatementDays: 28,
      daysPerRequest: 30,
      leadActionTypes: ['lead'],
      conversionActionTypes: ['lead', 'omni_purchase'],
    });
  });

  it('rejects malformed ids and ranges', () => {
    expect(MetaAdsSettings.safeParse({ accountIds: ['act_abc'] }).success).toBe(false);
    expect(MetaAdsSettings.safeParse({ restatementDays: 0 }).success).toBe(false);
    expect(MetaAdsSettings.safeParse({ daysPerRequest: 91 }).success).toBe(false);
    expect(MetaAdsSettings.safeParse({ leadActionTypes: [''] }).success).toBe(false);
  });

  it('stores the tokens and lifts the access token for the HTTP client', () => {
    const tokens = { accessToken: 'EAAG-long', obtainedAt: '2026-10-14T00:00:00.000Z', expiresAt: '2026-12-13T00:00:00.000Z' };
    expect(MetaAdsConfig.parse({ tokens })).toMatchObject({ accessToken: 'EAAG-long', tokens: { expiresAt: tokens.expiresAt } });
    expect(MetaAdsConfig.safeParse({ apiKey: 'x' }).success).toBe(false);
  });

  it('adds the picked ad account to the synced ones', () => {
    const once = metaAds.applyAccount?.(MetaAdsSettings.parse({}), { id: 'act_1', name: 'US' });
    const twice = metaAds.applyAccount?.(MetaAdsSettings.parse(once), { id: 'act_2', name: 'EU' });
    expect(MetaAdsSettings.parse(metaAds.applyAccount?.(MetaAdsSettings.parse(twice), { id: 'act_1', name: 'US' })).accountIds).toEqual([
      'act_1',
      'act_2',
    ]);
  });
});
