import { createConnectorContext, createHttpClient } from '@tributary/core';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPath } from './admin.js';
import { googleAnalytics } from './connector.js';
import { GoogleAnalyticsSettings } from './config.js';
import { createGoogleAnalyticsSimulator, DEFAULT_PROPERTIES, type SimProperty } from './sandbox/index.js';
import { connectGoogleAnalytics } from './testing/connect.js';

const properties: SimProperty[] = Array.from({ length: 230 }, (_, i) => DEFAULT_PROPERTIES[i % 3])
  .filter((p): p is SimProperty => p !== undefined)
  .map((p, i) => ({ ...p, id: String(400_000 + i), account: String(5000 + i) }));
const sim = createGoogleAnalyticsSimulator({ seed: 2, properties });
let server: RunningServer;
let accessToken: string;

beforeAll(async () => {
  server = await sim.start();
  accessToken = (await connectGoogleAnalytics(sim, server.url)).tokens.accessToken;
});
afterAll(() => server.close());

describe('GA4 properties', () => {
  it('sends Admin API calls to the Admin host in production and to the simulator in a sandbox', () => {
    const production = createHttpClient({ baseUrl: 'https://analyticsdata.googleapis.com' });
    expect(adminPath(production, '/accountSummaries')).toBe('https://analyticsadmin.googleapis.com/v1beta/accountSummaries');
    expect(adminPath(createHttpClient({ baseUrl: server.url }), '/properties/1')).toBe('/v1beta/properties/1');
  });

  it('lists every property across pages of account summaries, with its time zone, currency and account', async () => {
    const ctx = createConnectorContext(googleAnalytics, { accessToken }, GoogleAnalyticsSettings.parse({}), { baseUrl: server.url });
    const listed = await googleAnalytics.listAccounts?.({ accessToken }, ctx);
    expect(listed).toHaveLength(230);
    expect(listed?.[1]).toEqual({
      id: '400001',
      name: 'Acme / shop.acme.eu',
      timezone: 'Europe/Berlin',
      currency: 'EUR',
      parentId: '5001',
    });
    const pages = sim.requests.filter({ path: '/v1beta/accountSummaries' });
    expect(pages.map((r) => r.query['pageSize'])).toEqual([['200'], ['200']]);
  });

  it('adds a picked property to the synced ones once', () => {
    const settings = GoogleAnalyticsSettings.parse({ propertyIds: ['1'] });
    const once = googleAnalytics.applyAccount?.(settings, { id: '2', name: 'x' }) ?? settings;
    expect(googleAnalytics.applyAccount?.(once, { id: '2', name: 'x' })).toMatchObject({ propertyIds: ['1', '2'] });
  });

  it("answers a missing token with Google's 401 envelope and an unknown property with 403", async () => {
    const anonymous = await fetch(`${server.url}/v1beta/accountSummaries`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED' } });
    const other = await fetch(`${server.url}/v1beta/properties/1:runReport`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}` },
      body: '{}',
    });
    expect(other.status).toBe(403);
  });
});
