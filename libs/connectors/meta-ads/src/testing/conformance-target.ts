import type { TokenSet } from '@tributary/core';
import type { ConformanceSimulator, ExpectedRecords } from '@tributary/conformance';
import { createMetaAdsSimulator, type MetaAdsSimulator, type MetaTokenResponse } from '../sandbox/index.js';

export const shift = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The stored config a connection through the core engine would hold for this (long-lived) token response. */
export function tokenSetOf(tokens: MetaTokenResponse, now = new Date()): TokenSet {
  return {
    accessToken: tokens.access_token,
    tokenType: tokens.token_type,
    scope: 'ads_read',
    expiresAt: new Date(now.getTime() + tokens.expires_in * 1000).toISOString(),
    obtainedAt: now.toISOString(),
  };
}

/**
 * What Meta reports for the accounts from `startDate` (one date, or one per
 * account) to each account's today, as canonical channel metrics with the
 * default action types (leads `lead`; conversions `lead` + `omni_purchase`),
 * computed from the simulator's rows without the connector's code.
 */
export function metaAdsExpected(
  sim: MetaAdsSimulator,
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
        channel: 'meta_ads',
        accountExternalId: account.id,
        campaignId: row.campaignId,
        campaign: row.campaignName,
        impressions: row.impressions,
        clicks: row.clicks,
        leads: row.leads,
        conversions: row.leads + row.purchases,
        // The simulator keeps spend in minor units (what it writes as a decimal string with `digits` places).
        cost: row.spendMinor,
        currency: account.currency,
      });
    }
  }
  return { channel_metric: channelMetric };
}

/** Settings selecting a USD and a JPY account (different time zones), 60 days back. */
export function conformanceSettings(sim: MetaAdsSimulator, daysPerRequest = 15) {
  return { accountIds: [sim.accountId('us'), sim.accountId('jp')], startDate: shift(sim.data.today('us'), -59), daysPerRequest };
}

/** Meta's throttling answer: HTTP 400, code 17, and a usage header asking for a one-second wait. */
export const META_RATE_LIMIT = {
  status: 400,
  body: {
    error: { message: '(#17) User request limit reached', type: 'OAuthException', code: 17, is_transient: true, fbtrace_id: 'Aconf' },
  },
  headers: { 'x-ad-account-usage': JSON.stringify({ acc_id_util_pct: 100, reset_time_duration: 1 }) },
};

/** The Meta simulator as the conformance suite drives it: connected through its own login and token exchange. */
export async function startMetaAdsConformance({ seed, size }: { seed: number; size: number }): Promise<ConformanceSimulator> {
  const sim = createMetaAdsSimulator({ seed, campaignsPerAccount: Math.max(4, Math.round(size / 25)) });
  const server = await sim.start();
  const settings = conformanceSettings(sim);
  const keys = ['us', 'jp'];
  const snapshot = () =>
    new Map([...(metaAdsExpected(sim, keys, settings.startDate).channel_metric ?? [])].map(([k, v]) => [k, JSON.stringify(v)]));
  return {
    baseUrl: server.url,
    config: { tokens: tokenSetOf(await sim.meta.authorize()) },
    invalidConfig: { tokens: { accessToken: 'EAAG-revoked-token', tokenType: 'bearer', obtainedAt: new Date().toISOString() } },
    settings,
    faults: sim.faults,
    faultPath: /^\/v26\.0\/act_\d+\/insights$/,
    expected: () => metaAdsExpected(sim, keys, settings.startDate),
    mutate(n) {
      const before = snapshot();
      sim.restate({ account: 'us', count: Math.ceil(n / 2) });
      sim.restate({ account: 'jp', count: Math.floor(n / 2) });
      sim.addCampaign('us', 'Launch - Advantage+');
      const after = snapshot();
      const created = [...after.keys()].filter((k) => !before.has(k)).length;
      const updated = [...after].filter(([k, v]) => before.has(k) && before.get(k) !== v).length;
      return { created, updated };
    },
    close: () => server.close(),
  };
}
