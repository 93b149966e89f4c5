import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPS_OAUTH_PATHS, CONNECT_PATHS } from './connect.js';
import { createStripeSimulator } from './simulator.js';
import { STRIPE_SIMULATOR_API_VERSION } from './world.js';

const KEY = 'sk_test_51AbCdEfGhIjKlMnOp';

describe('Stripe simulator auth and headers (real HTTP)', () => {
  const stripe = createStripeSimulator({ seed: 3, customers: 5, charges: 20, apiKey: KEY });
  let server: RunningServer;
  beforeAll(async () => {
    server = await stripe.start();
  });
  afterAll(() => server.close());

  const get = (path: string, headers: Record<string, string> = { Authorization: `Bearer ${KEY}` }) =>
    fetch(`${server.url}${path}`, { headers });

  it('accepts Bearer auth and Basic auth with the key as username', async () => {
    expect((await get('/v1/charges')).status).toBe(200);
    const basic = Buffer.from(`${KEY}:`).toString('base64');
    expect((await get('/v1/charges', { Authorization: `Basic ${basic}` })).status).toBe(200);
  });

  it('asks for a key when none is sent', async () => {
    const res = await get('/v1/charges', {});
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { type: string; message: string } };
    expect(body.error.type).toBe('invalid_request_error');
    expect(body.error.message).toMatch(/^You did not provide an API key/);
  });

  it('rejects a wrong key without echoing it', async () => {
    const wrong = 'sk_test_51ZyXwVuTsRqPoNm9876';
    const res = await get('/v1/charges', { Authorization: `Bearer ${wrong}` });
    expect(res.status).toBe(401);
    const text = await res.text();
    expect(text).not.toContain(wrong);
    expect(JSON.parse(text)).toEqual({
      error: { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_test_********9876' },
    });
  });

  it('rejects live keys and publishable keys even when well-formed', async () => {
    for (const key of ['sk_live_51AbCdEfGhIjKlMnOp', 'pk_test_51AbCdEfGhIjKlMnOp']) {
      const res = await get('/v1/customers', { Authorization: `Bearer ${key}` });
      expect(res.status).toBe(401);
      expect(await res.text()).not.toContain(key);
    }
  });

  it('sends a Request-Id and echoes the pinned Stripe-Version (or the default)', async () => {
    const pinned = await get('/v1/balance', { Authorization: `Bearer ${KEY}`, 'Stripe-Version': '2023-10-16' });
    expect(pinned.headers.get('stripe-version')).toBe('2023-10-16');
    expect(pinned.headers.get('request-id')).toMatch(/^req_[0-9A-Za-z]{14}$/);
    const unpinned = await get('/v1/balance');
    expect(unpinned.headers.get('stripe-version')).toBe(STRIPE_SIMULATOR_API_VERSION);
    expect(unpinned.headers.get('request-id')).not.toBe(pinned.headers.get('request-id'));
    expect(stripe.requests.all.at(-2)?.headers['stripe-version']).toBe('2023-10-16');
  });

  it('puts a Request-Id on errors too and rejects a version Stripe does not know, even a date-shaped one', async () => {
    const res = await get('/v1/charges', {});
    expect(res.headers.get('request-id')).toMatch(/^req_/);
    for (const version of ['latest', '2024-06-21', '2025-09-30.basil', '2099-01-01']) {
      const bad = await get('/v1/charges', { Authorization: `Bearer ${KEY}`, 'Stripe-Version': version });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({ error: { type: 'invalid_request_error', message: `Invalid Stripe API version: ${version}` } });
    }
    for (const version of ['2024-06-20', '2025-03-31.basil', '2025-09-30.clover']) {
      expect((await get('/v1/charges', { Authorization: `Bearer ${KEY}`, 'Stripe-Version': version })).status).toBe(200);
    }
  });

  it('serves the balance and answers unknown URLs like Stripe', async () => {
    const balance = (await (await get('/v1/balance')).json()) as { object: string; available: Array<{ currency: string }> };
    expect(balance.object).toBe('balance');
    expect(balance.available[0]?.currency).toBe('usd');
    const missing = await get('/v1/invoices');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { type: 'invalid_request_error', message: expect.stringContaining('Unrecognized request URL (GET: /v1/invoices)') },
    });
  });
});

describe('Stripe simulator OAuth token endpoints', () => {
  it('take the platform secret key (Bearer) and only the grant, on connect.stripe.com and for Stripe Apps alike', async () => {
    const stripe = createStripeSimulator({ customers: 1, charges: 1, apiKey: KEY });
    const redirect = 'https://tributary.example.com/cb';
    stripe.connect.clients.push({ clientId: 'ca_x', clientSecret: KEY, redirectUris: [redirect] });
    const inProcess: typeof fetch = async (input, init) => stripe.app.request(input instanceof Request ? input : String(input), init);
    for (const [sim, paths] of [
      [stripe.connect.oauth, CONNECT_PATHS],
      [stripe.connect.apps, APPS_OAUTH_PATHS],
    ] as const) {
      const consent = `http://stripe.sim${paths.authorize}?response_type=code&client_id=ca_x&redirect_uri=${encodeURIComponent(redirect)}`;
      const code = async () => new URL(await sim.consent(consent, 'allow', inProcess)).searchParams.get('code') ?? '';
      const token = (body: Record<string, string>, headers: Record<string, string> = {}) =>
        stripe.app.request(paths.token, { method: 'POST', body: new URLSearchParams(body), headers });
      const posted = await token({
        grant_type: 'authorization_code',
        code: await code(),
        client_id: 'ca_x',
        client_secret: KEY,
        redirect_uri: redirect,
      });
      expect(posted.status).toBe(401);
      const bearer = await token({ grant_type: 'authorization_code', code: await code() }, { authorization: `Bearer ${KEY}` });
      const tokens = (await bearer.json()) as Record<string, unknown>;
      expect(tokens).toMatchObject({ stripe_user_id: 'acct_1TributarySandbox', token_type: 'bearer', livemode: false });
      expect(tokens).not.toHaveProperty('expires_in');
      const api = await stripe.app.request('/v1/balance', { headers: { authorization: `Bearer ${String(tokens['access_token'])}` } });
      expect(api.status).toBe(200);
    }
  });
});

describe('Stripe simulator options', () => {
  it('rejects keys that are not test keys and inconsistent sizes', () => {
    expect(() => createStripeSimulator({ customers: 1, charges: 1, apiKey: 'sk_live_x' })).toThrow(/apiKey/);
    expect(() => createStripeSimulator({ customers: 1, charges: 10, refunds: 11 })).toThrow(/refunds/);
    expect(() => createStripeSimulator({ customers: 0, charges: 1, subscriptions: 1 })).toThrow(/customer/);
    expect(() => createStripeSimulator({ customers: 1, charges: 10, malformedCharges: [10] })).toThrow(/malformed/);
    expect(() => createStripeSimulator({ customers: 1, charges: 1, rateLimitPerSecond: 0 })).toThrow(/rateLimit/);
  });

  it('accepts a restricted test key', async () => {
    const stripe = createStripeSimulator({ customers: 1, charges: 1, apiKey: 'rk_test_restricted123' });
    const res = await stripe.app.request('/v1/charges', { headers: { Authorization: 'Bearer rk_test_restricted123' } });
    expect(res.status).toBe(200);
  });
});
