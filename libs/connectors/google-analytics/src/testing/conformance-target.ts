import type { ConformanceSimulator, ExpectedRecords } from '@tributary/conformance';
import { createGoogleAnalyticsSimulator, type GoogleAnalyticsSimulator } from '../sandbox/index.js';
import { connectGoogleAnalytics } from './connect.js';

export const shift = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * What GA4 reports for `propertyIds` from `days` days before each
 * property's today, as canonical site analytics, computed from the
 * simulator's rows without the connector's code.
 */
export function googleAnalyticsExpected(sim: GoogleAnalyticsSimulator, propertyIds: readonly string[], days: number): ExpectedRecords {
  const siteAnalytics = new Map<string, Record<string, unknown>>();
  for (const id of propertyIds) {
    const today = sim.traffic.today(id);
    for (const r of sim.traffic.rows(id, shift(today, -(days - 1)), today)) {
      siteAnalytics.set(`${id}:${r.date}:deviceCategory=${r.device}|sessionDefaultChannelGroup=${r.channel}`, {
        date: r.date,
        source: 'google_analytics',
        propertyId: id,
        dimensions: { deviceCategory: r.device, sessionDefaultChannelGroup: r.channel },
        sessions: r.sessions,
        users: r.totalUsers,
        newUsers: r.newUsers,
        pageViews: r.screenPageViews,
        engagedSessions: r.engagedSessions,
        engagementSeconds: r.userEngagementDuration,
        keyEvents: r.keyEvents,
      });
    }
  }
  return { site_analytics: siteAnalytics };
}

/** Two properties in different time zones, `days` days each, read 4 days a report (several chunks). */
export function conformanceSettings(days: number) {
  return { propertyIds: ['300001', '300003'], initialDays: days, lookbackDays: 3, daysPerRequest: 4 };
}

/** The GA4 simulator as the conformance suite drives it: connected through Google's consent screen. */
export async function startGoogleAnalyticsConformance({ seed, size }: { seed: number; size: number }): Promise<ConformanceSimulator> {
  const sim = createGoogleAnalyticsSimulator({ seed });
  sim.setMaxRows(40);
  const server = await sim.start();
  // About `size` rows: ~20 a property a day, two properties.
  const days = Math.max(4, Math.round(size / 40));
  const settings = conformanceSettings(days);
  const expected = () => googleAnalyticsExpected(sim, settings.propertyIds, days);
  const snapshot = () => new Map([...(expected().site_analytics ?? [])].map(([k, v]) => [k, JSON.stringify(v)]));
  return {
    baseUrl: server.url,
    config: await connectGoogleAnalytics(sim, server.url),
    invalidConfig: { tokens: { accessToken: 'ya29.revoked-token', tokenType: 'Bearer', obtainedAt: new Date().toISOString() } },
    settings,
    faults: sim.faults,
    faultPath: /^\/v1beta\/properties\/\d+:runReport$/,
    expected,
    mutate(n) {
      const before = snapshot();
      sim.traffic.restate('300001', Math.ceil(n / 2));
      sim.traffic.restate('300003', Math.floor(n / 2));
      const after = snapshot();
      const created = [...after.keys()].filter((k) => !before.has(k)).length;
      const updated = [...after].filter(([k, v]) => before.has(k) && before.get(k) !== v).length;
      return { created, updated };
    },
    close: () => server.close(),
  };
}
