import { defineConnector, type ConnectorSandbox } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createOAuthApps, oauthClientVars, sandboxBaseUrl } from './oauth-apps.js';

const acme = defineConnector({
  id: 'acme',
  name: 'Acme',
  version: '1.0.0',
  category: 'crm',
  description: 'Acme CRM contacts',
  streams: [{ name: 'contacts', entity: 'person', description: 'Contacts' }],
  defaultSchedule: '0 */4 * * *',
  http: { baseUrl: 'https://api.acme.test' },
  configSchema: z.object({}),
  settingsSchema: z.record(z.string(), z.unknown()),
  authenticate: async (config) => ({ credentials: config }),
  sync: async () => ({ records: [], cursor: null, hasMore: false, syncedAt: new Date(0), stats: { created: 0, updated: 0, errors: 0 } }),
  getSchema: () => [{ stream: 'contacts', source: 'id', target: 'externalId' }],
  healthCheck: async () => ({ status: 'ok', checkedAt: new Date(0), latencyMs: 0 }),
  auth: {
    type: 'oauth2',
    authorizeUrl: 'https://acme.test/authorize',
    tokenUrl: 'https://acme.test/token',
    revokeUrl: 'https://acme.test/revoke',
  },
});

/** A sandbox whose client registration is deterministic per redirect URI, like the catalog's. */
function sandbox(): ConnectorSandbox {
  const registered: string[] = [];
  return {
    fetch: () => new Response(null, { status: 404 }),
    oauthPaths: { authorize: '/oauth/authorize', token: '/oauth/token' },
    registerOAuthClient(redirectUri) {
      if (!registered.includes(redirectUri)) registered.push(redirectUri);
      const n = registered.indexOf(redirectUri);
      return { clientId: `client-${n}`, clientSecret: `secret-${n}` };
    },
  };
}

const directory = (publicUrl: string) => {
  const sandboxes = new Map([['acme', sandbox()]]);
  return { get: (type: string) => sandboxes.get(type), baseUrl: (type: string) => sandboxBaseUrl(publicUrl, type) };
};

describe('createOAuthApps', () => {
  it('uses the OAuth app configured in the environment, and the vendor endpoints', () => {
    const vars = { TRIBUTARY_OAUTH_ACME_CLIENT_ID: 'id-1', TRIBUTARY_OAUTH_ACME_CLIENT_SECRET: 'shh' };
    const apps = createOAuthApps({
      publicUrl: 'https://tributary.example.com/',
      vars,
      sandboxes: directory('https://tributary.example.com'),
    });
    expect(apps.usesSandbox('acme')).toBe(false);
    expect(apps.client('acme')).toEqual({
      clientId: 'id-1',
      clientSecret: 'shh',
      redirectUri: 'https://tributary.example.com/api/connectors/acme/callback',
    });
    expect(apps.spec(acme, {})).toMatchObject({ tokenUrl: 'https://acme.test/token', revokeUrl: 'https://acme.test/revoke' });
  });

  it('without one, points at the sandbox the gateway serves, with the same client in every process', () => {
    const gateway = createOAuthApps({ publicUrl: 'http://127.0.0.1:3000', vars: {}, sandboxes: directory('http://127.0.0.1:3000') });
    const worker = createOAuthApps({ publicUrl: 'http://127.0.0.1:3000', vars: {}, sandboxes: directory('http://gateway:3000') });
    expect(gateway.usesSandbox('acme')).toBe(true);
    expect(worker.client('acme')).toEqual(gateway.client('acme'));
    expect(worker.client('acme')).toMatchObject({
      clientId: 'client-0',
      redirectUri: 'http://127.0.0.1:3000/api/connectors/acme/callback',
    });
    expect(worker.spec(acme, {})).toMatchObject({
      authorizeUrl: 'http://gateway:3000/sandbox/acme/oauth/authorize',
      tokenUrl: 'http://gateway:3000/sandbox/acme/oauth/token',
    });
    // No revoke path in this sandbox: a sandbox connection is never revoked at the real vendor.
    expect(worker.spec(acme, {})?.revokeUrl).toBeUndefined();
  });

  it('has no app at all when neither is there', () => {
    const apps = createOAuthApps({ publicUrl: 'http://127.0.0.1:3000', vars: {} });
    expect(apps.usesSandbox('acme')).toBe(false);
    expect(apps.client('acme')).toBeUndefined();
    expect(apps.spec(acme, {})).toMatchObject({ tokenUrl: 'https://acme.test/token' });
  });

  it('reads TRIBUTARY_OAUTH_<TYPE>_* with the type upper-cased and dashes as underscores', () => {
    expect(oauthClientVars({ TRIBUTARY_OAUTH_GOOGLE_ADS_CLIENT_ID: 'g' }, 'google-ads')).toEqual({ clientId: 'g' });
  });
});
