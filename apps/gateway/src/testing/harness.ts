import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConnectorRegistry } from '@tributary/core';
import type { Database } from '@tributary/db';
import { createTestDatabase } from '@tributary/db/testing';
import type { Role } from '../auth/principal.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import type { GatewayRuntime } from '../runtime.js';
import { startGateway, type RunningGateway } from '../server.js';
import { addMember, createTenant } from '../services/users.js';
import { cookiePair, GatewayClient } from './client.js';

export interface TestGatewayOptions {
  /** Extra environment (OAuth client ids, console origin, ...). */
  env?: Record<string, string>;
  registry?: ConnectorRegistry;
  /** Capture every log line (level trace) here instead of discarding them. */
  logLines?: string[];
  db?: Database;
  /** Another gateway process on `sibling`'s database (its first admin signs in here too; closing this one leaves the database open). */
  sibling?: TestGateway;
}

/** A signed-in user: a client carrying their session cookie, and what they signed in with. */
export interface SignedIn {
  client: GatewayClient;
  userId: string;
  email: string;
  password: string;
  cookie: string;
}

export interface TestGateway {
  url: string;
  gateway: RunningGateway;
  rt: GatewayRuntime;
  /** Every response body any client of this gateway received. */
  transcript: string[];
  anonymous: GatewayClient;
  /** The first admin, created on the empty database, signed in. */
  admin: SignedIn;
  tenantId: string;
  signIn(email: string, password: string, tenant?: string): Promise<SignedIn>;
  /** A new member of a tenant with a role, signed in. */
  addUser(tenantId: string, role: Role, tenantSlug?: string): Promise<SignedIn>;
  /** Another tenant with its own admin, signed in. */
  newTenant(name: string): Promise<{ tenantId: string; slug: string; admin: SignedIn }>;
  close(): Promise<void>;
}

/**
 * Boot a real gateway for a test file: `startGateway` on 127.0.0.1 with a
 * free port, an in-memory migrated PGlite, a fresh data directory (the
 * development encryption key), silent or captured logs, and the sandboxes.
 *
 * @example
 * const t = await startTestGateway(); afterAll(() => t.close());
 * await t.admin.client.ok('{ me { email } }');
 */
export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tributary-gw-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    TRIBUTARY_DATA_DIR: dataDir,
    LOG_LEVEL: options.logLines ? 'trace' : 'silent',
    ...options.env,
  });
  const lines = options.logLines;
  const logger = lines ? createLogger('trace', { write: (line: string) => void lines.push(line) }) : undefined;
  const shared = options.sibling?.rt.db;
  const db = shared ? { ...shared, close: async () => undefined } : (options.db ?? (await createTestDatabase()));
  const gateway = await startGateway(config, {
    db,
    ...(options.registry ? { registry: options.registry } : {}),
    ...(logger ? { logger } : {}),
  });
  const transcript: string[] = [];
  const anonymous = new GatewayClient(gateway.url, null, transcript);
  const prisma = gateway.runtime.db.prisma;

  const signIn = async (email: string, password: string, tenant?: string): Promise<SignedIn> => {
    const response = await anonymous.fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password, ...(tenant ? { tenant } : {}) }),
    });
    const cookie = cookiePair(response.headers.get('set-cookie'), 'tributary_session');
    if (response.status !== 200 || !cookie) throw new Error(`Sign-in of ${email} failed with ${response.status}`);
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    return { client: anonymous.as({ cookie }), userId: user.id, email, password, cookie };
  };

  const addUser = async (tenantId: string, role: Role, tenantSlug?: string): Promise<SignedIn> => {
    const email = `${role}-${randomBytes(4).toString('hex')}@example.com`;
    const password = `pw-${randomBytes(12).toString('hex')}`;
    await addMember(prisma, tenantId, { email, role, password });
    return signIn(email, password, tenantSlug);
  };

  const first = gateway.admin ?? options.sibling?.gateway.admin;
  if (!first) throw new Error('The test database was not empty: no first admin was created');
  const admin = await signIn(first.email, first.password);
  const tenantId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: first.tenantSlug } })).id;

  return {
    url: gateway.url,
    gateway,
    rt: gateway.runtime,
    transcript,
    anonymous,
    admin,
    tenantId,
    signIn,
    addUser,
    async newTenant(name) {
      const tenant = await createTenant(prisma, name, `${name}-${randomBytes(3).toString('hex')}`);
      return { tenantId: tenant.id, slug: tenant.slug, admin: await addUser(tenant.id, 'admin', tenant.slug) };
    },
    async close() {
      await gateway.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
