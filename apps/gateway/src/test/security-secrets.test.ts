import { createHmac, randomBytes } from 'node:crypto';
import { OAuthConfig } from '@tributary/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentInSimulator } from '../testing/browser.js';
import { GatewayClient, type Result } from '../testing/client.js';
import { CONNECT_OAUTH, connectStripe, DISCONNECT } from '../testing/documents.js';
import { startTestGateway, type SignedIn, type TestGateway } from '../testing/harness.js';
import { routeVendorTo } from '../testing/vendor-route.js';
import { syncSettled } from '../testing/wait.js';

const logLines: string[] = [];
let t: TestGateway;
let manager: SignedIn;
let bearer: GatewayClient;
const secrets = new Map<string, string>();

/** Everything a console or GraphQL client can read about a tenant, JSON blobs included. */
const EVERYTHING = `{
  me { email role via memberships { email role tenant { slug } } }
  apiTokens { id name prefix }
  auditLog(first: 100) { edges { node { actor action targetType targetId details } } }
  connectors {
    id type status sandbox accountId settings webhookUrl health { status message details } lastError { kind message suggestedFix }
    connectorType { authFields { name label secret pattern } }
    lastSync { status errorMessage } syncLogs(first: 20) { edges { node { status errorMessage rowsImported } } }
    deadLetters(first: 20) { edges { node { reason payload } } }
  }
  charges(first: 50) { edges { node { externalId description customerEmail raw } } }
  people(first: 50) { edges { node { email raw } } }
  activities(first: 50) { edges { node { type properties raw } } }
}`;

beforeAll(async () => {
  t = await startTestGateway({ logLines });
  manager = await t.addUser(t.tenantId, 'manager');
  // The one response that shows a token is kept out of the scanned transcript.
  const creator = new GatewayClient(t.url, { cookie: t.admin.cookie }, []);
  const created = await creator.ok<{ createApiToken: Result<{ token: string }> }>(
    'mutation { createApiToken(name: "scan") { __typename ... on MutationCreateApiTokenSuccess { data { token } } } }',
  );
  const token = created.createApiToken.data?.token ?? '';
  bearer = t.anonymous.as({ bearer: token });
  secrets.set('api token', token);
  secrets.set('sandbox key', t.rt.sandboxes.get('stripe')?.apiKey ?? '');
  secrets.set('webhook secret', `whsec_${randomBytes(16).toString('hex')}`);
  secrets.set('admin password', t.admin.password);
  secrets.set('manager password', manager.password);
  secrets.set('admin session', t.admin.cookie.split('=')[1] ?? '');
  secrets.set('manager session', manager.cookie.split('=')[1] ?? '');
});
afterAll(() => t.close());

async function deliverWebhook(connectorId: string) {
  const [charge] = await t.rt.db.prisma.charge.findMany({ where: { connectorId }, take: 1 });
  const body = JSON.stringify({
    id: `evt_${randomBytes(6).toString('hex')}`,
    object: 'event',
    type: 'charge.updated',
    created: Math.floor(Date.now() / 1000),
    data: { object: charge?.raw },
  });
  const at = Math.floor(Date.now() / 1000);
  const signature = `t=${at},v1=${createHmac('sha256', secrets.get('webhook secret') ?? '')
    .update(`${at}.${body}`)
    .digest('hex')}`;
  for (const header of [signature, `t=${at},v1=00`, `t=${at - 900},v1=00`]) {
    await t.anonymous.fetch(`/api/webhooks/stripe?connector=${connectorId}`, {
      method: 'POST',
      headers: { 'stripe-signature': header },
      body,
    });
  }
}

async function connectOverOAuth(): Promise<string> {
  const data = await manager.client.ok<{ connectOAuth: Result<string> }>(CONNECT_OAUTH, { type: 'stripe' });
  await manager.client.fetch(await consentInSimulator(data.connectOAuth.data ?? ''));
  const row = await t.rt.db.prisma.connector.findFirstOrThrow({ where: { tenantId: t.tenantId, type: 'stripe' } });
  const { tokens } = OAuthConfig.parse(t.rt.vault.decrypt(row.config ?? '', { tenantId: t.tenantId, connectorId: row.id }));
  secrets.set('oauth access token', tokens.accessToken);
  secrets.set('oauth refresh token', tokens.refreshToken ?? '');
  return row.id;
}

/** Every row of every table, as text: what a database dump would show. */
async function databaseText(): Promise<string> {
  const tables = await t.rt.db.sql.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  const rows = await Promise.all(
    tables.map((x) => t.rt.db.sql.query<{ r: string }>(`SELECT row_to_json(x)::text AS r FROM "${x.name}" x`)),
  );
  return rows
    .flat()
    .map((r) => r.r)
    .join('\n');
}

describe('no secret leaks during the full connect-and-sync flow', () => {
  it('appears in no log line, response, error message, redirect or stored row', async () => {
    const restore = routeVendorTo('https://api.stripe.com', `${t.url}/sandbox/stripe`);
    await connectStripe(manager.client, { apiKey: 'sk_test_wrongwrongwrong999' }).catch(() => undefined);
    restore();
    const keyed = await connectStripe(manager.client, {
      apiKey: secrets.get('sandbox key') ?? '',
      webhookSecret: secrets.get('webhook secret') ?? '',
    });
    await syncSettled(t.rt, t.tenantId, keyed.id);
    await bearer.ok(EVERYTHING);
    await deliverWebhook(keyed.id);
    await manager.client.gql('{ connector(id: "not-a-uuid") { nope } }');
    await t.admin.client.ok(DISCONNECT, { id: keyed.id });

    const oauthId = await connectOverOAuth();
    expect((await syncSettled(t.rt, t.tenantId, oauthId)).status).toBe('completed');
    await bearer.ok(EVERYTHING);
    await t.admin.client.ok(DISCONNECT, { id: oauthId });

    expect(logLines.length).toBeGreaterThan(30);
    expect(logLines.some((l) => l.includes('"path":"/graphql"'))).toBe(true);
    expect(t.transcript.join('\n')).toContain('rowsImported');
    const stored = await databaseText();
    expect(stored).toContain(keyed.id);
    for (const [what, secret] of secrets) {
      expect(secret.length, what).toBeGreaterThan(8);
      expect(
        logLines.filter((l) => l.includes(secret)),
        `${what} in a log line`,
      ).toEqual([]);
      expect(
        t.transcript.filter((r) => r.includes(secret)),
        `${what} in a response`,
      ).toEqual([]);
      expect(stored.includes(secret), `${what} stored in plain text`).toBe(false);
    }
  });
});
