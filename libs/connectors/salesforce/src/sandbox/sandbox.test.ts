import { createAuthorizationRequest, exchangeCode, parseCallback } from '@tributary/core';
import { serve } from '@tributary/sandbox';
import { describe, expect, it } from 'vitest';
import { simulatorOAuthSpec } from './connect.js';
import { createSalesforceSandbox, SALESFORCE_OAUTH_PATHS } from './sandbox.js';

describe('the Salesforce sandbox the gateway mounts', () => {
  it('registers the gateway as a Connected App (the same id on every start) and serves the org through OAuth', async () => {
    const sandbox = createSalesforceSandbox({ accounts: 20 });
    const server = await serve({ fetch: (request) => sandbox.fetch(request) });
    const redirectUri = 'http://localhost:3000/api/connectors/salesforce/callback';
    const client = { ...(sandbox.registerOAuthClient?.(redirectUri) ?? { clientId: '', clientSecret: '' }), redirectUri };
    expect(sandbox.registerOAuthClient?.(redirectUri)).toEqual({ clientId: client.clientId, clientSecret: client.clientSecret });
    expect(sandbox.oauthPaths).toEqual(SALESFORCE_OAUTH_PATHS);

    const spec = simulatorOAuthSpec(server.url);
    const request = await createAuthorizationRequest(spec, client);
    const page = await (await fetch(request.url)).text();
    const action = new URL(/action="([^"]+)"/.exec(page)?.[1] ?? '', request.url);
    const decision = await fetch(action, {
      method: 'POST',
      body: new URLSearchParams({ request: /name="request" value="([^"]+)"/.exec(page)?.[1] ?? '', decision: 'allow' }),
      redirect: 'manual',
    });
    const params = parseCallback(spec, client, new URL(decision.headers.get('location') ?? ''), request.state, { vendor: 'Salesforce' });
    const tokens = await exchangeCode(spec, client, params, request.codeVerifier, { vendor: 'Salesforce' });
    const query = async () => {
      const res = await sandbox.fetch(
        new Request(`${server.url}/services/data/v62.0/query?q=SELECT+Id,Name+FROM+Account+ORDER+BY+Id`, {
          headers: { Authorization: `Bearer ${tokens.accessToken}` },
        }),
      );
      return ((await res.json()) as { records: Array<{ Name: string }> }).records.map((r) => r.Name);
    };
    const names = await query();
    expect(names).toHaveLength(20);
    await server.close();

    const again = createSalesforceSandbox({ accounts: 20 });
    const other = again.registerOAuthClient?.(redirectUri);
    expect(other?.clientId).toBe(client.clientId);
  });
});
