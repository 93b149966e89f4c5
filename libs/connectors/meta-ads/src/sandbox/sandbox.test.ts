import { createAuthorizationRequest, createConnectorContext, exchangeCode, parseCallback, type OAuth2AuthSpec } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { MetaAdsConfig, MetaAdsSettings } from '../config.js';
import { metaAds } from '../connector.js';
import { graphPath, readGraphList } from '../requests.js';
import { createMetaAdsSandbox } from './sandbox.js';

const BASE = 'http://127.0.0.1:3000/sandbox/meta-ads';
const REDIRECT = 'http://127.0.0.1:3000/api/connectors/meta-ads/callback';

/** The sandbox as the gateway mounts it: requests under BASE arrive with the prefix stripped. */
function mounted() {
  const sandbox = createMetaAdsSandbox({ baseUrl: BASE, seed: 4 });
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input instanceof Request ? input : String(input), init);
    const url = new URL(request.url);
    if (!url.href.startsWith(BASE)) throw new Error(`left the sandbox: ${url.href}`);
    url.pathname = url.pathname.slice('/sandbox/meta-ads'.length) || '/';
    return sandbox.fetch(new Request(url, request));
  };
  return { sandbox, fetch };
}

describe('the Meta Ads sandbox as the gateway mounts it', () => {
  it('connects through its consent screen and token exchanges, and pages with next links back to the mount', async () => {
    const { sandbox, fetch } = mounted();
    const client = { ...(sandbox.registerOAuthClient?.(REDIRECT) ?? { clientId: '', clientSecret: '' }), redirectUri: REDIRECT };
    if (metaAds.auth.type !== 'oauth2' || !sandbox.oauthPaths) throw new Error('Meta Ads is an OAuth connector with a sandbox');
    const spec: OAuth2AuthSpec = {
      ...metaAds.auth,
      authorizeUrl: `${BASE}${sandbox.oauthPaths.authorize}`,
      tokenUrl: `${BASE}${sandbox.oauthPaths.token}`,
    };
    const call = { vendor: 'Meta Ads', fetch };
    const request = await createAuthorizationRequest(spec, client);
    const page = await (await fetch(request.url)).text();
    const requestId = /name="request" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const decision = await fetch(`${BASE}${sandbox.oauthPaths.authorize}/decision`, {
      method: 'POST',
      body: new URLSearchParams({ request: requestId, decision: 'allow' }),
      redirect: 'manual',
    });
    const callback = new URL(decision.headers.get('location') ?? '');
    const tokens = await exchangeCode(spec, client, parseCallback(spec, client, callback, request.state, call), undefined, call);
    expect(Date.parse(tokens.expiresAt ?? '') - Date.now()).toBeGreaterThan(59 * 86_400_000);
    const config = MetaAdsConfig.parse({ tokens });
    const ctx = createConnectorContext(metaAds, config, MetaAdsSettings.parse({}), { baseUrl: BASE, fetch, http: { retries: 0 } });
    const accounts = await readGraphList(ctx.http, { path: graphPath('me/adaccounts'), query: { fields: 'id,name', limit: 1 } });
    expect(accounts).toHaveLength(4);
  });
});
