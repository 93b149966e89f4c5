import type { SqlQueryable } from '../driver.js';

/** What a token refresh reads from the locked connector row. */
export interface LockedConnector {
  type: string;
  /** The encrypted config envelope, or null when nothing is connected. */
  config: string | null;
  settings: unknown;
}

/**
 * The connector row under a row lock, for single-flight work on its
 * credentials across processes (an OAuth refresh): call inside a
 * transaction; a second caller waits on `lock` until the first commits,
 * then reads the config the first stored.
 *
 * @example
 * await db.sql.transaction(async (tx) => {
 *   const row = await connectorLock(tx, tenantId).lock(connectorId);
 *   await connectorLock(tx, tenantId).storeConfig(connectorId, vault.encrypt(next, binding));
 * });
 */
export function connectorLock(tx: SqlQueryable, tenantId: string) {
  return {
    /** Lock the row (`FOR UPDATE`) until the transaction ends; undefined when the tenant has no such connector. */
    async lock(connectorId: string): Promise<LockedConnector | undefined> {
      const [row] = await tx.query<LockedConnector>(
        'SELECT type, config, settings FROM connectors WHERE tenant_id = $1::uuid AND id = $2::uuid FOR UPDATE',
        [tenantId, connectorId],
      );
      return row;
    },

    /** Replace the encrypted config (a refreshed token), in the lock's transaction. */
    async storeConfig(connectorId: string, envelope: string): Promise<void> {
      await tx.query('UPDATE connectors SET config = $3, updated_at = now() WHERE tenant_id = $1::uuid AND id = $2::uuid', [
        tenantId,
        connectorId,
        envelope,
      ]);
    },
  };
}
