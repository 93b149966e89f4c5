import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defineConnector, OAuthConfig } from '@tributary/core';
import { createDatabase, type Database } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { freshConfig } from './credentials.js';
import { createOAuthApps } from './oauth-apps.js';
import { pipelineHarness, type PipelineHarness } from './testing/index.js';

/**
 * Single-flight token refresh. On a PostgreSQL server (`npm run
 * test:services`) the two callers hold separate connection pools, as two
 * processes would (the gateway and a worker), so only the row lock keeps
 * them from refreshing twice; on PGlite the same test runs on one database.
 */

/** A token endpoint that takes its time and counts refresh grants. */
function tokenEndpoint(): Promise<{ server: Server; url: string; grants: string[] }> {
  const grants: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      grants.push(form.get('refresh_token') ?? '');
      const n = grants.length;
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify({ access_token: `access-${n}`, refresh_token: `refresh-${n}`, token_type: 'Bearer', expires_in: 3600 }));
      }, 300);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, grants })),
  );
}

describe('freshConfig', () => {
  let h: PipelineHarness;
  let endpoint: Awaited<ReturnType<typeof tokenEndpoint>>;
  let second: Database;

  beforeAll(async () => {
    endpoint = await tokenEndpoint();
    const acme = defineConnector({
      id: 'acme',
      name: 'Acme',
      version: '1.0.0',
      category: 'crm',
      description: 'Acme CRM contacts',
      auth: { type: 'oauth2', authorizeUrl: `${endpoint.url}/authorize`, tokenUrl: `${endpoint.url}/token` },
      streams: [{ name: 'contacts', entity: 'person', description: 'Contacts' }],
      defaultSchedule: '0 */4 * * *',
      http: { baseUrl: endpoint.url },
      configSchema: OAuthConfig,
      settingsSchema: z.record(z.string(), z.unknown()),
      authenticate: async (config) => ({ credentials: config }),
      sync: async () => ({
        records: [],
        cursor: null,
        hasMore: false,
        syncedAt: new Date(0),
        stats: { created: 0, updated: 0, errors: 0 },
      }),
      getSchema: () => [{ stream: 'contacts', source: 'id', target: 'externalId' }],
      healthCheck: async () => ({ status: 'ok', checkedAt: new Date(0), latencyMs: 0 }),
    });
    h = await pipelineHarness([acme], {
      deps: {
        oauth: createOAuthApps({
          publicUrl: 'http://127.0.0.1:3000',
          vars: { TRIBUTARY_OAUTH_ACME_CLIENT_ID: 'acme-client', TRIBUTARY_OAUTH_ACME_CLIENT_SECRET: 'acme-secret' },
        }),
      },
    });
    // Another process's connection pool on the same server database (on PGlite: the same database).
    second = h.db.url ? await createDatabase({ url: h.db.url, poolSize: 2 }) : h.db;
  });
  afterAll(async () => {
    if (second !== h?.db) await second?.close();
    await h?.dispose();
    endpoint?.server.close();
  });

  it('refreshes an expiring token once when two processes ask at the same time, and both use the new token', async () => {
    const expired = {
      accessToken: 'access-0',
      refreshToken: 'refresh-0',
      tokenType: 'Bearer',
      expiresAt: new Date(Date.now() - 1_000).toISOString(),
      obtainedAt: new Date(Date.now() - 3_601_000).toISOString(),
    };
    const id = await h.connect('acme', { tokens: expired });
    const [a, b] = await Promise.all([freshConfig(h.deps, h.tenantId, id), freshConfig({ ...h.deps, db: second }, h.tenantId, id)]);
    expect(endpoint.grants).toEqual(['refresh-0']);
    expect(OAuthConfig.parse(a).tokens.accessToken).toBe('access-1');
    expect(OAuthConfig.parse(b).tokens.accessToken).toBe('access-1');
    const row = await h.db.prisma.connector.findUniqueOrThrow({ where: { id } });
    const stored = OAuthConfig.parse(h.deps.vault.decrypt(row.config ?? '', { tenantId: h.tenantId, connectorId: id }));
    expect(stored.tokens).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });

    // Fresh now: nobody refreshes again.
    await freshConfig({ ...h.deps, db: second }, h.tenantId, id);
    expect(endpoint.grants).toHaveLength(1);
  });
});
