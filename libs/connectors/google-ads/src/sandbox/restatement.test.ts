import { describe, expect, it } from 'vitest';
import { addDays } from './clock.js';
import { createGoogleAdsSimulator } from './simulator.js';
import type { DailyRow } from './types.js';

const NOW = new Date('2026-10-14T18:00:00Z'); // 14:00 in New York
const byKey = (rows: DailyRow[]) => new Map(rows.map((r) => [`${r.customerId}:${r.campaignId}:${r.date}`, JSON.stringify(r)]));

describe('seeded data and restatement', () => {
  it('is deterministic for a seed, and differs between seeds', () => {
    const a = createGoogleAdsSimulator({ seed: 1, now: () => NOW });
    const b = createGoogleAdsSimulator({ seed: 1, now: () => NOW });
    const c = createGoogleAdsSimulator({ seed: 2, now: () => NOW });
    expect(a.data.rows('us', '2026-09-01', '2026-10-14')).toEqual(b.data.rows('us', '2026-09-01', '2026-10-14'));
    expect(a.customerId('us')).toBe(b.customerId('us'));
    expect(a.customerId('us')).not.toBe(c.customerId('us'));
  });

  it('keeps returning the same numbers while the clock is frozen', () => {
    const sim = createGoogleAdsSimulator({ seed: 3 });
    const today = sim.data.today('us');
    const before = sim.data.rows('us', addDays(today, -10), today);
    expect(sim.data.rows('us', addDays(today, -10), today)).toEqual(before);
  });

  it('shows today as a partial day that completes once the day is over', () => {
    const sim = createGoogleAdsSimulator({ seed: 3, now: () => NOW });
    const today = sim.data.rows('us', '2026-10-14', '2026-10-14');
    sim.advanceDays(1);
    const complete = sim.data.rows('us', '2026-10-14', '2026-10-14');
    const sum = (rows: DailyRow[]) => rows.reduce((n, r) => n + r.impressions, 0);
    expect(sum(complete)).toBeGreaterThan(sum(today));
    expect(sim.data.today('us')).toBe('2026-10-15');
  });

  it('restates conversions of recent days as time passes, and leaves older days alone', () => {
    const sim = createGoogleAdsSimulator({ seed: 5, now: () => NOW, conversionLagDays: 7 });
    const before = byKey(sim.data.rows('us', '2026-09-01', '2026-10-14'));
    sim.advanceDays(1);
    const after = byKey(sim.data.rows('us', '2026-09-01', '2026-10-14'));
    const changed = [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k.split(':')[2] ?? '');
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((date) => date >= '2026-10-07')).toBe(true);
    expect([...before.keys()].every((k) => after.has(k))).toBe(true);
  });

  it('restate() lands late conversions on exactly the rows it returns', () => {
    const sim = createGoogleAdsSimulator({ seed: 6, now: () => NOW });
    const before = byKey(sim.data.rows('tokyo', '2026-09-01', '2026-10-15'));
    const keys = sim.restate({ customer: 'tokyo', count: 5 });
    const after = byKey(sim.data.rows('tokyo', '2026-09-01', '2026-10-15'));
    const changed = [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);
    expect(changed.sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const [was, now] = [JSON.parse(before.get(key) ?? '{}') as DailyRow, JSON.parse(after.get(key) ?? '{}') as DailyRow];
      expect(now.conversions).toBeGreaterThan(was.conversions);
      expect(now.costMicros).toBe(was.costMicros);
    }
  });

  it('restate() with invalid clicks lowers clicks and cost instead', () => {
    const sim = createGoogleAdsSimulator({ seed: 6, now: () => NOW });
    const [key] = sim.restate({ customer: 'us', count: 1, kind: 'invalid_clicks' });
    const date = key?.split(':')[2] ?? '';
    const campaign = key?.split(':')[1];
    const fresh = createGoogleAdsSimulator({ seed: 6, now: () => NOW })
      .data.rows('us', date, date)
      .find((r) => r.campaignId === campaign);
    const credited = sim.data.rows('us', date, date).find((r) => r.campaignId === campaign);
    expect(credited?.clicks).toBeLessThan(fresh?.clicks ?? 0);
    expect(credited?.costMicros).toBeLessThan(fresh?.costMicros ?? 0);
  });

  it('invalidateDay() restates one campaign-day to all zero: the API leaves its row out from then on', async () => {
    const sim = createGoogleAdsSimulator({ seed: 6, now: () => NOW });
    const rows = sim.data.rows('us', '2026-10-01', '2026-10-14');
    const day = rows.find((r) => r.date === '2026-10-10');
    const key = sim.invalidateDay('us', day?.campaignId ?? '', '2026-10-10');
    expect(key).toBe(`${sim.customerId('us')}:${day?.campaignId}:2026-10-10`);
    const token = (await sim.google.authorize()).access_token;
    const res = await sim.app.request(`/v26/customers/${sim.customerId('us')}/googleAds:searchStream`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: "SELECT campaign.id, metrics.clicks FROM campaign WHERE segments.date = '2026-10-10'" }),
    });
    const served = ((await res.json()) as Array<{ results?: Array<{ campaign: { id: string } }> }>).flatMap((b) => b.results ?? []);
    const others = rows.filter((r) => r.date === '2026-10-10' && r.campaignId !== day?.campaignId).map((r) => r.campaignId);
    expect(served.map((r) => r.campaign.id).sort()).toEqual(others.sort());
    sim.advanceDays(3);
    expect(byKey(sim.data.rows('us', '2026-10-01', '2026-10-17')).has(key)).toBe(false);
    expect(() => sim.invalidateDay('us', day?.campaignId ?? '', '2026-10-10')).toThrow(/no row/);
  });

  it('restateDay() retracts conversions below zero: the row stays, and the API serves the negative double', async () => {
    const sim = createGoogleAdsSimulator({ seed: 6, now: () => NOW });
    const day = sim.data.rows('us', '2026-10-09', '2026-10-09').find((r) => r.conversions > 0);
    const key = sim.restateDay('us', day?.campaignId ?? '', '2026-10-09', { conversions: -1.5 });
    expect(sim.data.rows('us', '2026-10-09', '2026-10-09').find((r) => r.campaignId === day?.campaignId)).toEqual({
      ...day,
      conversions: -1.5,
    });
    const token = (await sim.google.authorize()).access_token;
    const res = await sim.app.request(`/v26/customers/${sim.customerId('us')}/googleAds:searchStream`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `SELECT campaign.id, metrics.clicks, metrics.conversions FROM campaign WHERE segments.date = '2026-10-09' AND campaign.id = ${day?.campaignId}`,
      }),
    });
    const [batch] = (await res.json()) as Array<{ results: Array<{ metrics: Record<string, unknown> }> }>;
    expect(batch?.results.map((r) => r.metrics)).toEqual([{ clicks: String(day?.clicks), conversions: -1.5 }]);
    sim.advanceDays(2); // a restated day keeps its restated value as late conversions of other days arrive
    expect(byKey(sim.data.rows('us', '2026-10-09', '2026-10-09')).get(key)).toContain('"conversions":-1.5');
  });

  it('restate() with retractions takes the chosen rows below zero conversions and leaves everything else', () => {
    const sim = createGoogleAdsSimulator({ seed: 6, now: () => NOW });
    const before = byKey(sim.data.rows('tokyo', '2026-09-01', '2026-10-15'));
    const keys = sim.restate({ customer: 'tokyo', count: 3, kind: 'retractions' });
    const after = byKey(sim.data.rows('tokyo', '2026-09-01', '2026-10-15'));
    expect(
      [...after]
        .filter(([k, v]) => before.get(k) !== v)
        .map(([k]) => k)
        .sort(),
    ).toEqual([...keys].sort());
    for (const key of keys) expect((JSON.parse(after.get(key) ?? '{}') as DailyRow).conversions).toBeLessThan(0);
  });

  it('restate() with all_invalid takes the chosen rows out of the reports', () => {
    const sim = createGoogleAdsSimulator({ seed: 6, now: () => NOW });
    const before = byKey(sim.data.rows('eu', '2026-09-01', '2026-10-14'));
    const keys = sim.restate({ customer: 'eu', count: 2, kind: 'all_invalid' });
    const after = byKey(sim.data.rows('eu', '2026-09-01', '2026-10-14'));
    expect([...before.keys()].filter((k) => !after.has(k)).sort()).toEqual([...keys].sort());
    expect([...after].every(([k, v]) => before.get(k) === v)).toBe(true);
  });

  it('addCampaign() starts serving today', () => {
    const sim = createGoogleAdsSimulator({ seed: 6, now: () => NOW });
    const id = sim.addCampaign('eu', 'Launch - Search');
    const rows = sim.data.rows('eu', '2026-10-01', '2026-10-14').filter((r) => r.campaignId === id);
    expect(rows.map((r) => r.date)).toEqual(['2026-10-14']);
    expect(rows[0]?.campaignName).toBe('Launch - Search');
  });

  it('validates its options', () => {
    expect(() => createGoogleAdsSimulator({ accounts: [{ key: 'a', name: 'A', currency: 'usd', timeZone: 'UTC' }] })).toThrow(/currency/);
    expect(() => createGoogleAdsSimulator({ accounts: [{ key: 'a', name: 'A', currency: 'USD', timeZone: 'Mars/Base' }] })).toThrow(
      RangeError,
    );
    expect(() => createGoogleAdsSimulator({ accounts: [{ key: 'a', name: 'A', currency: 'USD', timeZone: 'UTC', parent: 'b' }] })).toThrow(
      /manager/,
    );
    expect(() => createGoogleAdsSimulator({ campaignsPerAccount: -1 })).toThrow(/campaignsPerAccount/);
    expect(() => createGoogleAdsSimulator({ seed: 1 }).restate({ customer: 'nobody', count: 1 })).toThrow(/No simulated/);
  });
});
