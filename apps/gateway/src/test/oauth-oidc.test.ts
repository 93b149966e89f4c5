import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenHash } from '../auth/secrets.js';
import { CONTACTS } from '../testing/authorization-server.js';
import { authorizeInBrowser } from '../testing/browser.js';
import type { Result } from '../testing/client.js';
import { DISCONNECT, type ConnectorView } from '../testing/documents.js';
import type { SignedIn } from '../testing/harness.js';
import { startOidcGateway, type OidcGateway } from '../testing/oidc-gateway.js';
import { syncSettled } from '../testing/wait.js';

let g: OidcGateway;
let manager: SignedIn;
/** The callback URL of the successful flow, for the replay test. */
let completed = '';

beforeAll(async () => {
  g = await startOidcGateway();
  manager = await g.t.addUser(g.t.tenantId, 'manager');
});
afterAll(() => g.close());

/** A rejected callback: the console's Sensors page with a message, no code exchanged, no credentials stored. */
async function expectRejected(redirect: URL, exchangesBefore: number, message: RegExp) {
  expect(redirect.pathname).toBe('/sensors');
  expect(redirect.searchParams.get('error')).toMatch(message);
  expect(g.as.tokenRequests).toBe(exchangesBefore);
  const row = await g.t.rt.db.prisma.connector.findUniqueOrThrow({ where: { id: await g.connectorId() } });
  expect(row.config).toBeNull();
}

describe('rejections at the callback', () => {
  it('a state that does not match the one issued', async () => {
    const back = new URL(await authorizeInBrowser(await g.begin(manager.client)));
    back.searchParams.set('state', 'not-the-state-we-issued');
    const before = g.as.tokenRequests;
    await expectRejected(await g.callback(manager.client, back.toString()), before, /not valid any more/);
  });

  it('an expired state', async () => {
    const back = await authorizeInBrowser(await g.begin(manager.client));
    const state = new URL(back).searchParams.get('state') ?? '';
    await g.t.rt.db.prisma.oAuthState.update({ where: { id: tokenHash(state) }, data: { expiresAt: new Date(Date.now() - 1) } });
    const before = g.as.tokenRequests;
    await expectRejected(await g.callback(manager.client, back), before, /not valid any more/);
  });

  it('access denied at consent', async () => {
    const back = await authorizeInBrowser(await g.begin(manager.client), { decision: 'deny' });
    expect(new URL(back).searchParams.get('error')).toBe('access_denied');
    const before = g.as.tokenRequests;
    await expectRejected(await g.callback(manager.client, back), before, /denied on the OIDC Test consent screen/);
  });
});

describe('the authorization-code flow with a real authorization server', () => {
  it('authorizes with PKCE S256, exchanges the code, stores the tokens encrypted and syncs', async () => {
    const url = new URL(await g.begin(manager.client));
    expect(url.origin).toBe(g.as.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe(`${g.t.url}/api/connectors/oidc-test/callback`);
    const state = url.searchParams.get('state') ?? '';
    const stored = await g.t.rt.db.prisma.oAuthState.findUniqueOrThrow({ where: { id: tokenHash(state) } });
    const verifier = String(g.t.rt.vault.decrypt(stored.codeVerifier ?? '', { tenantId: g.t.tenantId, connectorId: stored.connectorId }));
    expect(stored.codeVerifier).not.toContain(verifier);
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe(url.searchParams.get('code_challenge'));

    const back = await authorizeInBrowser(url.toString());
    expect(new URL(back).searchParams.get('iss')).toBe(g.as.issuer);
    const redirect = await g.callback(manager.client, back);
    completed = back;
    const connectorId = await g.connectorId();
    expect(redirect.toString()).toBe(`${g.t.url}/connectors/${connectorId}?connected=1`);
    expect(g.as.tokenCalls.filter((c) => c.grantType === 'authorization_code')).toEqual([{ grantType: 'authorization_code', ok: true }]);

    const tokens = await g.storedTokens();
    expect(await g.as.accessTokenValid(tokens.accessToken)).toBe(true);
    expect(tokens.refreshToken).toBeDefined();
    const row = await g.t.rt.db.prisma.connector.findUniqueOrThrow({ where: { id: connectorId } });
    expect(row.config).not.toContain(tokens.accessToken);
    expect((await syncSettled(g.t.rt, g.t.tenantId, connectorId)).status).toBe('completed');
    const people = await g.t.rt.db.prisma.person.findMany({ where: { connectorId }, orderBy: { externalId: 'asc' } });
    expect(people.map((p) => p.email)).toEqual(CONTACTS.map((c) => c.email));
  });

  it('refuses the same callback (an already-used state) a second time', async () => {
    const before = (await g.t.rt.db.prisma.connector.findUniqueOrThrow({ where: { id: await g.connectorId() } })).config;
    const exchanges = g.as.tokenRequests;
    expect((await g.callback(manager.client, completed)).searchParams.get('error')).toMatch(/not valid any more/);
    expect(g.as.tokenRequests).toBe(exchanges);
    expect((await g.t.rt.db.prisma.connector.findUniqueOrThrow({ where: { id: await g.connectorId() } })).config).toBe(before);
  });

  it('revokes at the server on disconnect, deletes the credentials and keeps the data', async () => {
    const tokens = await g.storedTokens();
    const connectorId = await g.connectorId();
    await syncSettled(g.t.rt, g.t.tenantId, connectorId);
    const revocations = g.as.revocations;
    const result = await g.t.admin.client.ok<{ disconnect: Result<ConnectorView> }>(DISCONNECT, { id: connectorId });
    expect(result.disconnect.data).toMatchObject({ connected: false, status: 'disconnected' });
    expect(g.as.revocations).toBe(revocations + 1);
    expect(await g.as.refreshTokenUsable(tokens.refreshToken ?? '')).toBe(false);
    expect(await g.as.accessTokenValid(tokens.accessToken)).toBe(false);
    expect(await g.t.rt.db.prisma.person.count({ where: { connectorId } })).toBe(CONTACTS.length);
  });
});
