import { afterEach, describe, expect, it } from 'vitest';
import { OAuth2AuthSpec } from '../connector/manifest.js';
import { startScriptedServer, type ScriptedServer } from '../testing/scripted-server.js';
import { exchangeCode, parseCallback, refreshTokens } from './engine.js';

let server: ScriptedServer | undefined;
afterEach(() => server?.close());

const call = { vendor: 'Acme', now: () => new Date('2026-12-06T10:00:00Z') };
const client = { clientId: 'client', clientSecret: 'secret', redirectUri: 'http://127.0.0.1:3000/api/connectors/acme/callback' };
const specFor = (url: string) =>
  OAuth2AuthSpec.parse({
    type: 'oauth2',
    authorizeUrl: `${url}/authorize`,
    tokenUrl: `${url}/token`,
    tokenResponse: { accountIdField: 'hub_id' },
  });

describe('token responses', () => {
  it('keeps a numeric account id (HubSpot hub_id) as its decimal string, and the previous one when a refresh omits it', async () => {
    server = await startScriptedServer([
      { body: { access_token: 'at-1', refresh_token: 'rt-1', token_type: 'bearer', expires_in: 1800, hub_id: 62515 } },
      { body: { access_token: 'at-2', refresh_token: 'rt-2', token_type: 'bearer', expires_in: 1800 } },
    ]);
    const spec = specFor(server.url);
    const params = parseCallback(spec, client, new URL(`${client.redirectUri}?code=abc&state=s1`), 's1', call);
    const tokens = await exchangeCode(spec, client, params, undefined, call);
    expect(tokens).toMatchObject({ accessToken: 'at-1', accountId: '62515', expiresAt: '2026-12-06T10:30:00.000Z' });
    const refreshed = await refreshTokens(spec, client, tokens, call);
    expect(refreshed).toMatchObject({ accessToken: 'at-2', refreshToken: 'rt-2', accountId: '62515' });
  });
});
