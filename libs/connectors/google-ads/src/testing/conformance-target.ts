import type { TokenSet } from '@tributary/core';
import type { ConformanceSimulator, ExpectedRecords } from '@tributary/conformance';
import { createGoogleAdsSimulator, type GoogleAdsSimulator, type GoogleTokenResponse } from '../sandbox/index.js';

/** Minor-unit digits, written out here so expectations do not reuse the connector's table. */
const DIGITS: Record<string, number> = { JPY: 0, KWD: 3 };
const minor = (micros: number, currency: string): number => Math.round(micros / 10 ** (6 - (DIGITS[currency] ?? 2)));

export const shift = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The stored config a connection through the core engine would hold for this token response. */
export function tokenSetOf(tokens: GoogleTokenResponse, now = new Date()): TokenSet {
  return {
    accessToken: tokens.access_token,
    ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
    tokenType: tokens.token_type,
    scope: tokens.scope,
    expiresAt: new Date(now.getTime() + tokens.expires_in * 1000).toISOString(),
    obtainedAt: now.toISOString(),
  };
}

/**
 * What Google reports for the selected accounts from `startDate` (one date,
 * or one per account) to each
 * account's today, as canonical channel metrics, computed from the
 * simulator's rows without the connector's code.
 */
export function googleAdsExpected(
  sim: GoogleAdsSimulator,
  keys: readonly string[],
  startDate: string | ((key: string) => string),
): ExpectedRecords {
  const channelMetric = new Map<string, Record<string, unknown>>();
  for (const key of keys) {
    const account = sim.data.account(key);
    const from = typeof startDate === 'string' ? startDate : startDate(key);
    for (const row of sim.data.rows(key, from, sim.data.today(key))) {
      channelMetric.set(`${account.id}:${row.campaignId}:${row.date}`, {
        date: row.date,
        channel: 'google_ads',
        accountExternalId: account.id,
        campaignId: row.campaignId,
        campaign: row.campaignName,
        impressions: row.impressions,
        clicks: row.clicks,
        conversions: row.conversions,
        cost: minor(row.costMicros, account.currency),
        currency: account.currency,
      });
    }
  }
  return { channel_metric: channelMetric };
}

/** Settings selecting a direct USD account and a JPY client through its manager, 60 days back. */
export function conformanceSettings(sim: GoogleAdsSimulator, daysPerRequest = 15) {
  const startDate = shift(sim.data.today('us'), -59);
  return {
    customerIds: [sim.customerId('us'), sim.customerId('tokyo')],
    loginCustomerIds: { [sim.customerId('tokyo')]: sim.customerId('mcc') },
    startDate,
    daysPerRequest,
  };
}

/** The Google Ads simulator as the conformance suite drives it: connected through its own OAuth consent. */
export async function startGoogleAdsConformance({ seed, size }: { seed: number; size: number }): Promise<ConformanceSimulator> {
  const sim = createGoogleAdsSimulator({ seed, campaignsPerAccount: Math.max(4, Math.round(size / 25)), quotaRetrySeconds: 1 });
  const server = await sim.start();
  const settings = conformanceSettings(sim);
  const keys = ['us', 'tokyo'];
  const snapshot = () =>
    new Map([...(googleAdsExpected(sim, keys, settings.startDate).channel_metric ?? [])].map(([k, v]) => [k, JSON.stringify(v)]));
  return {
    baseUrl: server.url,
    config: { tokens: tokenSetOf(await sim.google.authorize()) },
    invalidConfig: { tokens: { accessToken: 'ya29.revoked-token', tokenType: 'Bearer', obtainedAt: new Date().toISOString() } },
    settings,
    faults: sim.faults,
    faultPath: /^\/v26\/customers\/\d+\/googleAds:searchStream$/,
    expected: () => googleAdsExpected(sim, keys, settings.startDate),
    mutate(n) {
      const before = snapshot();
      sim.restate({ customer: 'us', count: Math.ceil(n / 2) });
      sim.restate({ customer: 'tokyo', count: Math.floor(n / 2) });
      sim.addCampaign('us', 'Launch - Search');
      const after = snapshot();
      const created = [...after.keys()].filter((k) => !before.has(k)).length;
      const updated = [...after].filter(([k, v]) => before.has(k) && before.get(k) !== v).length;
      return { created, updated };
    },
    close: () => server.close(),
  };
}
