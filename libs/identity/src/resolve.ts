import type { SqlDriver, SqlQueryable } from '@tributary/db';
import { FREE_MAIL_DOMAINS } from './free-mail.js';
import * as Q from './resolve-sql.js';

/** What one resolution changed (all zero when the sources did not change since the last one). */
export interface ResolveOutcome {
  people: { created: number; updated: number; removed: number };
  accounts: { created: number; updated: number; removed: number };
  personLinks: { upserted: number; removed: number };
  accountLinks: { upserted: number; removed: number };
}

const run = async (tx: SqlQueryable, statement: string, tenantId: string, withFreeMail = false): Promise<number> => {
  const rows = await tx.query<{ n: number }>(statement, withFreeMail ? [tenantId, FREE_MAIL_DOMAINS] : [tenantId]);
  return rows[0]?.n ?? 0;
};

/**
 * Resolve one tenant's source rows into unified people (by normalized
 * email) and unified accounts (by domain), and link every source row to
 * its unified record: set-based SQL in one transaction, serialized per
 * tenant, idempotent (a re-run over the same sources changes nothing).
 *
 * @example
 * const outcome = await resolveIdentities(db.sql, tenantId);
 * outcome.people.created // people seen for the first time
 */
export async function resolveIdentities(sql: Pick<SqlDriver, 'transaction'>, tenantId: string): Promise<ResolveOutcome> {
  return sql.transaction(async (tx) => {
    await tx.query(Q.SET_BASED);
    await tx.query(Q.LOCK, [tenantId]);
    const peopleCreated = await run(tx, Q.INSERT_PEOPLE, tenantId);
    const namesUpdated = await run(tx, Q.UPDATE_NAMES, tenantId);
    const personLinksUpserted = await run(tx, Q.UPSERT_PERSON_LINKS, tenantId);
    const personLinksRemoved = await run(tx, Q.DELETE_STALE_PERSON_LINKS, tenantId);
    const peopleRemoved = await run(tx, Q.DELETE_ORPHAN_PEOPLE, tenantId);
    const accountsCreated = await run(tx, Q.INSERT_ACCOUNTS, tenantId, true);
    const accountsUpdated = await run(tx, Q.UPDATE_ACCOUNT_NAMES, tenantId);
    const accountLinksUpserted = await run(tx, Q.UPSERT_ACCOUNT_LINKS, tenantId);
    const accountLinksRemoved = await run(tx, Q.DELETE_STALE_ACCOUNT_LINKS, tenantId);
    const peopleMoved = await run(tx, Q.UPDATE_PERSON_ACCOUNTS, tenantId, true);
    const accountsRemoved = await run(tx, Q.DELETE_ORPHAN_ACCOUNTS, tenantId);
    return {
      people: { created: peopleCreated, updated: namesUpdated + peopleMoved, removed: peopleRemoved },
      accounts: { created: accountsCreated, updated: accountsUpdated, removed: accountsRemoved },
      personLinks: { upserted: personLinksUpserted, removed: personLinksRemoved },
      accountLinks: { upserted: accountLinksUpserted, removed: accountLinksRemoved },
    };
  });
}

/** The total of every count in an outcome: 0 when nothing changed. */
export function changeCount(outcome: ResolveOutcome): number {
  return Object.values(outcome)
    .flatMap((group: Record<string, number>) => Object.values(group))
    .reduce((a, b) => a + b, 0);
}
