import type { TokenSet } from '@tributary/core';
import type { ConformanceSimulator, ExpectedRecords } from '@tributary/conformance';
import { createLinkedInAdsSimulator, type LinkedInAdsSimulator, type LinkedInTokenResponse } from '../sandbox/index.js';

export const shift = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The stored config a connection through the core engine would hold for this token response. */
export function tokenSetOf(tokens: LinkedInTokenResponse, now = new Date()): TokenSet {
  return {
    accessToken: tokens.access_token,
    ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
    tokenType: 'Bearer',
    scope: tokens.scope,
    expiresAt: new Date(now.getTime() + tokens.expires_in * 1000).toISOString(),
    obtainedAt: now.toISOString(),
  };
}

/**
 * What LinkedIn reports for the accounts from `startDate` to today (UTC), as
 * canonical channel metrics, computed from the simulator's rows without the
 * connector's code. Both currencies here have two decimals (cents).
 */
export function linkedinAdsExpected(sim: LinkedInAdsSimulator, keys: readonly string[], startDate: string): ExpectedRecords {
  const channelMetric = new Map<string, Record<string, unknown>>();
  for (const key of keys) {
    const account = sim.account(key);
    for (const row of sim.rows(key, startDate, sim.today())) {
      channelMetric.set(`${account.id}:${row.campaignId}:${row.date}`, {
        date: row.date,
        channel: 'linkedin_ads',
        accountExternalId: String(account.id),
        campaignId: String(row.campaignId),
        campaign: row.campaignName,
        impressions: row.impressions,
        clicks: row.clicks,
        leads: row.leads,
        conversions: row.conversions,
        cost: row.costMinor,
        currency: account.currency,
      });
    }
  }
  return { channel_metric: channelMetric };
}

export function conformanceSettings(sim: LinkedInAdsSimulator, daysPerRequest = 15) {
  return { accountIds: [sim.accountId('us'), sim.accountId('eu')], startDate: shift(sim.today(), -59), daysPerRequest };
}

/** The LinkedIn simulator as the conformance suite drives it: connected through its own consent screen. */
export async function startLinkedInAdsConformance({ seed, size }: { seed: number; size: number }): Promise<ConformanceSimulator> {
  const sim = createLinkedInAdsSimulator({ seed, campaignsPerAccount: Math.max(4, Math.round(size / 25)) });
  const server = await sim.start();
  const settings = conformanceSettings(sim);
  const keys = ['us', 'eu'];
  const snapshot = () =>
    new Map([...(linkedinAdsExpected(sim, keys, settings.startDate).channel_metric ?? [])].map(([k, v]) => [k, JSON.stringify(v)]));
  return {
    baseUrl: server.url,
    config: { tokens: tokenSetOf(await sim.linkedin.authorize()) },
    invalidConfig: { tokens: { accessToken: 'AQV-revoked-token', tokenType: 'Bearer', obtainedAt: new Date().toISOString() } },
    settings,
    faults: sim.faults,
    faultPath: /^\/rest\/adAnalytics$/,
    expected: () => linkedinAdsExpected(sim, keys, settings.startDate),
    mutate(n) {
      const before = snapshot();
      sim.restate({ account: 'us', count: Math.ceil(n / 2) });
      sim.restate({ account: 'eu', count: Math.floor(n / 2) });
      sim.addCampaign('us', 'Launch - Conversation Ads');
      const after = snapshot();
      const created = [...after.keys()].filter((k) => !before.has(k)).length;
      const updated = [...after].filter(([k, v]) => before.has(k) && before.get(k) !== v).length;
      return { created, updated };
    },
    close: () => server.close(),
  };
}
