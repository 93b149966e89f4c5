import type { SqlQueryable } from './driver.js';

/**
 * The authentication version: a number that triggers raise whenever an API
 * token is revoked, expired or deleted, a session is deleted, cut short or
 * moved to another tenant, a membership changes role or goes, or a user's
 * password or email changes (prisma/migrations/20261206450000_security).
 * Whatever process writes the change, a process that cached who a token or
 * session belongs to sees the number move and drops its cache.
 *
 * @example
 * const before = await authVersion(db.sql);
 * await db.prisma.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
 * (await authVersion(db.sql)) > before; // true
 */
export async function authVersion(sql: SqlQueryable): Promise<bigint> {
  const [row] = await sql.query<{ version: string | number | bigint }>(
    'SELECT "version"::text AS version FROM "auth_version" WHERE "id" = 1',
  );
  return BigInt(row?.version ?? 0);
}
