import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentInSimulator } from '../testing/browser.js';
import { cookiePair, type Result } from '../testing/client.js';
import { connectThroughSandbox } from '../testing/connect-oauth.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';
import { syncSettled } from '../testing/wait.js';

const CONSOLE_ORIGIN = 'http://127.0.0.1:5173';
const PARTNER_ORIGIN = 'https://partner.example';
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ env: { TRIBUTARY_CONSOLE_ORIGIN: CONSOLE_ORIGIN, TRIBUTARY_CORS_ORIGINS: PARTNER_ORIGIN } });
});
afterAll(() => t.close());

/** A page on another port of the same host: same site, another origin. */
const sameHostOtherPort = () => `http://127.0.0.1:${Number(new URL(t.url).port) + 1}`;

describe('CORS', () => {
  it('gives no other origin credentialed access to /graphql (GET and POST), preflight included', async () => {
    const foreign = sameHostOtherPort();
    const get = await t.admin.client.fetch('/graphql?query=%7Bme%7Bemail%7D%7D', {
      headers: { origin: foreign, accept: 'application/json' },
    });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
    expect(get.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await t.anonymous.fetch('/graphql', {
      method: 'OPTIONS',
      headers: { origin: foreign, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const evil = await t.admin.client.fetch('/graphql', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the console origin and configured origins, with credentials', async () => {
    for (const origin of [CONSOLE_ORIGIN, PARTNER_ORIGIN]) {
      const preflight = await t.anonymous.fetch('/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
      });
      expect(preflight.status, origin).toBeLessThan(300);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
      expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    }
  });
});

describe('sign-in and sign-out CSRF', () => {
  const credentials = () => JSON.stringify({ email: t.admin.email, password: t.admin.password });
  const login = (headers: Record<string, string>) => t.anonymous.fetch('/api/auth/login', { method: 'POST', headers, body: credentials() });

  it('refuses a text/plain body or a foreign Origin or Sec-Fetch-Site, setting no cookie', async () => {
    const refused: Record<string, string>[] = [
      { 'content-type': 'text/plain' },
      { 'content-type': 'text/plain', origin: sameHostOtherPort() },
      { 'content-type': 'application/json', origin: 'https://evil.example' },
      { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      { 'content-type': 'application/json', 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of refused) {
      const response = await login(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it('accepts JSON from the gateway or console origin, and from clients that send no Origin (curl)', async () => {
    const accepted: Record<string, string>[] = [
      { 'content-type': 'application/json', origin: new URL(t.url).origin, 'sec-fetch-site': 'same-origin' },
      { 'content-type': 'application/json', origin: CONSOLE_ORIGIN },
      { 'content-type': 'application/json' },
    ];
    for (const headers of accepted) {
      const response = await login(headers);
      expect(response.status, JSON.stringify(headers)).toBe(200);
      expect(cookiePair(response.headers.get('set-cookie'), 'tributary_session')).toBeDefined();
    }
  });

  it('refuses a cross-site sign-out (the session stays)', async () => {
    const session = await t.signIn(t.admin.email, t.admin.password);
    const crossSite: Record<string, string>[] = [
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/json', origin: 'https://evil.example' },
    ];
    for (const headers of crossSite) {
      const response = await session.client.fetch('/api/auth/logout', { method: 'POST', headers, body: '{}' });
      expect(response.status).toBe(403);
    }
    expect((await session.client.gql('{ me { email } }')).status).toBe(200);
  });
});

describe('starting an OAuth flow', () => {
  let connectorId = '';
  const settingsOf = async () => (await t.rt.db.prisma.connector.findUniqueOrThrow({ where: { id: connectorId } })).settings;
  const SETTINGS = 'mutation($id: ID!, $s: JSON!) { updateConnectorSettings(connectorId: $id, settings: $s) { __typename } }';
  const CONNECT = `mutation($type: String!, $settings: JSON) {
    connectOAuth(type: $type, settings: $settings) { __typename ... on Error { message } ... on MutationConnectOAuthSuccess { data } }
  }`;

  beforeAll(async () => {
    connectorId = await connectThroughSandbox(t.admin.client, 'salesforce');
    await syncSettled(t.rt, t.tenantId, connectorId);
    await t.admin.client.ok(SETTINGS, { id: connectorId, s: { writeback: { enabled: true } } });
  });

  it('cannot be started by a cross-site GET link, which changes nothing', async () => {
    const before = await settingsOf();
    const states = await t.rt.db.prisma.oAuthState.count();
    const link = await t.admin.client.fetch('/api/connectors/salesforce/authorize?loginHost=test.salesforce.com&next=%2Fx&returnTo=y');
    expect(link.status).not.toBe(302);
    expect(await settingsOf()).toEqual(before);
    expect(await t.rt.db.prisma.oAuthState.count()).toBe(states);
  });

  it('refuses settings the connector does not declare', async () => {
    const result = await t.admin.client.ok<{ connectOAuth: Result<string> }>(CONNECT, {
      type: 'salesforce',
      settings: { loginHost: 'test.salesforce.com', next: '/x', returnTo: 'y' },
    });
    expect(result.connectOAuth.__typename).toBe('InputError');
    expect(result.connectOAuth.message).toMatch(/next|returnTo/);
  });

  it('changes no stored setting until the callback succeeds, then merges (writeback stays on)', async () => {
    const before = await settingsOf();
    const started = await t.admin.client.ok<{ connectOAuth: Result<string> }>(CONNECT, {
      type: 'salesforce',
      settings: { loginHost: 'test.salesforce.com' },
    });
    expect(await settingsOf()).toEqual(before);
    const callback = await t.admin.client.fetch(await consentInSimulator(started.connectOAuth.data ?? ''));
    expect(callback.headers.get('location')).toContain(`/connectors/${connectorId}`);
    expect(await settingsOf()).toMatchObject({ loginHost: 'test.salesforce.com', writeback: { enabled: true } });
  });

  it('a plain reconnect keeps the writeback settings', async () => {
    const before = await settingsOf();
    const started = await t.admin.client.ok<{ connectOAuth: Result<string> }>(CONNECT, { type: 'salesforce' });
    await t.admin.client.fetch(await consentInSimulator(started.connectOAuth.data ?? ''));
    expect(await settingsOf()).toEqual(before);
  });
});

describe('metrics', () => {
  it('label only known connector types, whatever unauthenticated callers send: the series count stays flat', async () => {
    // The series the probe's requests can touch: webhook and OAuth outcomes, and HTTP series of the two routes
    // it calls. (Not every series: a sync an earlier test started may reach a sandbox route for the first time
    // meanwhile, and the process metrics add GC kinds as they first happen.)
    const probed = (l: string) =>
      /^tributary_(webhooks|oauth)/.test(l) || (/^tributary_http/.test(l) && /route="\/api\/(webhooks|connectors)\//.test(l));
    const series = (text: string) => text.split('\n').filter(probed).length;
    const metricLines = async () => series(await (await t.anonymous.fetch('/metrics')).text());
    const probe = async (n: number) => {
      const junk = Array.from({ length: n }, () => `x${randomBytes(6).toString('hex')}`);
      for (const type of junk) {
        await t.anonymous.fetch(`/api/webhooks/${type}?connector=${randomBytes(4).toString('hex')}`, { method: 'POST', body: '{}' });
        await t.anonymous.fetch(`/api/connectors/${type}/callback?state=x`);
      }
      return junk;
    };
    await probe(1);
    await metricLines();
    const before = await metricLines();
    expect(before).toBeGreaterThan(2); // the probed routes' HTTP series are among them
    const junk = await probe(30);
    const text = await (await t.anonymous.fetch('/metrics')).text();
    expect(junk.filter((type) => text.includes(type))).toEqual([]);
    expect(text).toMatch(/^tributary_webhooks_total\{connector="unknown",outcome="unknown"\} 31$/m);
    expect(text).toMatch(/^tributary_oauth_callbacks_total\{connector="unknown",outcome="failed"\} 31$/m);
    expect(series(text)).toBe(before);
  });
});

describe('JSON arguments written inline', () => {
  it('are parsed as objects (settings, samples), not dropped', async () => {
    const stripe = await t.rt.db.prisma.connector.findFirst({ where: { tenantId: t.tenantId, type: 'salesforce' } });
    const id = stripe?.id ?? '';
    const set = await t.admin.client.ok<{ updateConnectorSettings: { __typename: string } }>(
      `mutation { updateConnectorSettings(connectorId: "${id}", settings: { writeback: { enabled: false, weights: { types: { meeting: 4, email: 1 }, precision: 2 } } }) { __typename } }`,
    );
    expect(set.updateConnectorSettings.__typename).toBe('MutationUpdateConnectorSettingsSuccess');
    const row = await t.rt.db.prisma.connector.findUniqueOrThrow({ where: { id } });
    expect(row.settings).toMatchObject({ writeback: { enabled: false } });
    const preview = await t.admin.client.ok<{ previewMappings: { record: Record<string, unknown> }[] }>(
      `{ previewMappings(connectorId: "${id}", mappings: [], samples: [{ stream: "contacts", raw: { Id: "003X", Email: "ADA@EXAMPLE.COM", LastName: "Lovelace", n: 1.5, ok: true, tags: ["a"], none: null } }]) { record } }`,
    );
    expect(preview.previewMappings[0]?.record).toMatchObject({ externalId: '003X' });
  });
});
