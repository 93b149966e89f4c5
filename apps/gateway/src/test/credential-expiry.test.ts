import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcGateway, type OidcGateway } from '../testing/oidc-gateway.js';

/** Vendors that issue no refresh token (Meta): the connector warns ahead of expiry, against a real authorization server. */

const WARNING = `query Warning($id: ID!) { connector(id: $id) { credentialWarning { expiresAt expired message } } }`;
type Warning = { connector: { credentialWarning: { expiresAt: string; expired: boolean; message: string } | null } };

describe('credentials that cannot be renewed', () => {
  let g: OidcGateway;
  beforeAll(async () => {
    g = await startOidcGateway({ refreshTokens: false });
  });
  afterAll(() => g?.close());

  it('are stored without a refresh token, and the connector warns with the expiry and what to do', async () => {
    const { connectorId } = await g.connect(g.t.admin.client);
    const tokens = await g.storedTokens();
    expect(tokens.refreshToken).toBeUndefined();
    expect(tokens.expiresAt).toBeDefined();
    const data = await g.t.admin.client.ok<Warning>(WARNING, { id: connectorId });
    expect(data.connector.credentialWarning).toEqual({
      expiresAt: new Date(tokens.expiresAt ?? '').toISOString(),
      expired: false,
      message: expect.stringMatching(/^OIDC Test access expires on .* cannot be renewed automatically .* Reconnect before then/),
    });
    // Nothing secret in the warning.
    expect(JSON.stringify(data)).not.toContain(tokens.accessToken);
  });

  it('says so once they have expired', async () => {
    const tokens = await g.storedTokens();
    await g.storeConfig({ tokens: { ...tokens, expiresAt: new Date(Date.now() - 60_000).toISOString() } });
    const data = await g.t.admin.client.ok<Warning>(WARNING, { id: await g.connectorId() });
    expect(data.connector.credentialWarning).toMatchObject({
      expired: true,
      message: expect.stringMatching(/access expired on .* Reconnect to resume/),
    });
  });
});

describe('credentials with a refresh token', () => {
  let g: OidcGateway;
  beforeAll(async () => {
    g = await startOidcGateway();
  });
  afterAll(() => g?.close());

  it('raise no warning, even close to expiry: the gateway refreshes them', async () => {
    const { connectorId } = await g.connect(g.t.admin.client);
    const tokens = await g.storedTokens();
    expect(tokens.refreshToken).toBeTruthy();
    await g.storeConfig({ tokens: { ...tokens, expiresAt: new Date(Date.now() + 60_000).toISOString() } });
    const data = await g.t.admin.client.ok<Warning>(WARNING, { id: connectorId });
    expect(data.connector.credentialWarning).toBeNull();
  });
});
