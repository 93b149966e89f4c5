import { ConnectorRegistry, type AnyConnector } from '@tributary/core';
import { createTestDatabase, seedConnector, seedTenant, type TestDatabase } from '@tributary/db/testing';
import { generateKeyHex, Vault } from '@tributary/vault';
import type { SyncDeps } from '../session.js';

export * from './fake-connector.js';

export interface PipelineHarness {
  db: TestDatabase;
  vault: Vault;
  deps: SyncDeps;
  tenantId: string;
  /** Create a connected connector of `type` with this (encrypted) config. */
  connect(type: string, config: unknown, settings?: Record<string, unknown>): Promise<string>;
  dispose(): Promise<void>;
}

/**
 * A migrated database (PGlite, or a PostgreSQL server with `server: true`),
 * a fresh vault key, a registry with `connectors`, and a tenant.
 *
 * @example
 * const h = await pipelineHarness([fakeConnector(source)]);
 * const connectorId = await h.connect('fake', { apiKey: 'k' });
 * await runSync(h.deps, h.tenantId, connectorId, { mode: 'full' });
 */
export async function pipelineHarness(
  connectors: AnyConnector[],
  options: { server?: boolean; deps?: Partial<SyncDeps> } = {},
): Promise<PipelineHarness> {
  const db = await createTestDatabase(options.server ? { server: true } : {});
  const vault = new Vault(generateKeyHex());
  const registry = new ConnectorRegistry();
  connectors.forEach((c) => registry.register(c));
  const tenantId = (await seedTenant(db)).id;
  const deps: SyncDeps = { db, registry, vault, ...options.deps };
  return {
    db,
    vault,
    deps,
    tenantId,
    async connect(type, config, settings = {}) {
      const { id } = await seedConnector(db, tenantId, { type, status: 'connected', settings });
      await db.prisma.connector.update({ where: { id }, data: { config: vault.encrypt(config, { tenantId, connectorId: id }) } });
      return id;
    },
    dispose: () => db.dispose(),
  };
}
