import { createConnectorContext } from '@tributary/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { GoogleAdsSettings } from './config.js';
import { googleAds } from './connector.js';
import { createGoogleAdsSimulator, type GoogleAdsSimulator } from './sandbox/index.js';

function connect(sim: GoogleAdsSimulator, accessToken: string, developerToken?: string) {
  const credentials = { accessToken, ...(developerToken ? { developerToken } : {}) };
  const fetch: typeof globalThis.fetch = async (input, init) => sim.app.request(input instanceof Request ? input : String(input), init);
  const ctx = createConnectorContext(googleAds, credentials, GoogleAdsSettings.parse({}), {
    baseUrl: 'http://google.sim',
    fetch,
    http: { retries: 0 },
  });
  return { credentials, ctx };
}

describe('listAccounts', () => {
  let sim: GoogleAdsSimulator;
  let accessToken: string;
  beforeAll(async () => {
    sim = createGoogleAdsSimulator({ seed: 3 });
    accessToken = (await sim.google.authorize()).access_token;
  });

  it('lists the direct accounts and the enabled clients of managers, with name, currency and time zone', async () => {
    const { credentials, ctx } = connect(sim, accessToken);
    const accounts = await googleAds.listAccounts?.(credentials, ctx);
    const id = (key: string) => sim.customerId(key);
    expect(accounts).toEqual([
      { id: id('us'), name: 'Northwind Outfitters US', currency: 'USD', timezone: 'America/New_York', manager: false },
      { id: id('eu'), name: 'Northwind Outfitters EU', currency: 'EUR', timezone: 'Europe/Berlin', manager: false },
      { id: id('mcc'), name: 'Meridian Agency MCC', currency: 'USD', timezone: 'America/Los_Angeles', manager: true },
      { id: id('tokyo'), name: 'Sakura Goods Tokyo', currency: 'JPY', timezone: 'Asia/Tokyo', manager: false, parentId: id('mcc') },
      { id: id('kuwait'), name: 'Gulf Traders', currency: 'KWD', timezone: 'Asia/Kuwait', manager: false, parentId: id('mcc') },
    ]);
  });

  it('reads each direct account without login-customer-id and the hierarchy through the manager', async () => {
    sim.requests.clear();
    const { credentials, ctx } = connect(sim, accessToken, 'dev-token-123');
    await googleAds.listAccounts?.(credentials, ctx);
    const calls = sim.requests.all.map((r) => ({ path: r.path, login: r.headers['login-customer-id'], dev: r.headers['developer-token'] }));
    expect(calls[0]).toEqual({ path: '/v26/customers:listAccessibleCustomers', login: undefined, dev: 'dev-token-123' });
    const hierarchy = calls.filter((c) => c.login !== undefined);
    expect(hierarchy).toEqual([
      { path: `/v26/customers/${sim.customerId('mcc')}/googleAds:searchStream`, login: sim.customerId('mcc'), dev: 'dev-token-123' },
    ]);
    // The cancelled direct account answered CUSTOMER_NOT_ENABLED and was left out.
    expect(calls.some((c) => c.path.includes(sim.customerId('closed')))).toBe(true);
  });

  it('surfaces a login without any Google Ads account as auth_revoked (NOT_ADS_USER)', async () => {
    const empty = createGoogleAdsSimulator({ accounts: [] });
    const { credentials, ctx } = connect(empty, (await empty.google.authorize()).access_token);
    await expect(googleAds.listAccounts?.(credentials, ctx)).rejects.toMatchObject({ kind: 'auth_revoked', vendorCode: 'NOT_ADS_USER' });
  });
});
