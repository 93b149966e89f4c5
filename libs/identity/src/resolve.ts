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
 * tenant (on PGlite, one short transaction per statement: see
 * resolveStepwise), idempotent (a re-run over the same sources changes nothing).
 *
 * @example
 * const outcome = await resolveIdentities(db.sql, tenantId);
 * outcome.people.created // people seen for the first time
 */
export async function resolveIdentities(sql: Pick<SqlDriver, 'transaction' | 'kind'>, tenantId: string): Promise<ResolveOutcome> {
  if (sql.kind === 'pglite') return resolveStepwise(sql, tenantId);
  return sql.transaction(async (tx) => {
    await tx.query(Q.SET_BASED);
    await tx.query(Q.LOCK, [tenantId]);
    return resolveWith((statement, freeMail) => run(tx, statement, tenantId, freeMail));
  });
}

/**
 * PGlite is one session for the whole process: a transaction holds every
 * other query (each console request) until it ends. So there each statement
 * is its own short transaction; each is atomic and idempotent, and the next
 * run (or the next statement) repairs anything a concurrent write changed
 * in between. No lock is needed: one process owns a PGlite directory.
 */
function resolveStepwise(sql: Pick<SqlDriver, 'transaction'>, tenantId: string): Promise<ResolveOutcome> {
  return resolveWith((statement, freeMail) =>
    sql.transaction(async (tx) => {
      await tx.query(Q.SET_BASED);
      return run(tx, statement, tenantId, freeMail);
    }),
  );
}

type Step = (statement: string, withFreeMail?: boolean) => Promise<number>;

async function resolveWith(step: Step): Promise<ResolveOutcome> {
  const peopleCreated = await step(Q.INSERT_PEOPLE);
  const namesUpdated = await step(Q.UPDATE_NAMES);
  const personLinksUpserted = await step(Q.UPSERT_PERSON_LINKS);
  const personLinksRemoved = await step(Q.DELETE_STALE_PERSON_LINKS);
  const peopleRemoved = await step(Q.DELETE_ORPHAN_PEOPLE);
  const accountsCreated = await step(Q.INSERT_ACCOUNTS, true);
  const accountsUpdated = await step(Q.UPDATE_ACCOUNT_NAMES);
  const accountLinksUpserted = await step(Q.UPSERT_ACCOUNT_LINKS);
  const accountLinksRemoved = await step(Q.DELETE_STALE_ACCOUNT_LINKS);
  const peopleMoved = await step(Q.UPDATE_PERSON_ACCOUNTS, true);
  const accountsRemoved = await step(Q.DELETE_ORPHAN_ACCOUNTS);
  return {
    people: { created: peopleCreated, updated: namesUpdated + peopleMoved, removed: peopleRemoved },
    accounts: { created: accountsCreated, updated: accountsUpdated, removed: accountsRemoved },
    personLinks: { upserted: personLinksUpserted, removed: personLinksRemoved },
    accountLinks: { upserted: accountLinksUpserted, removed: accountLinksRemoved },
  };
}

/** The total of every count in an outcome: 0 when nothing changed. */
export function changeCount(outcome: ResolveOutcome): number {
  return Object.values(outcome)
    .flatMap((group: Record<string, number>) => Object.values(group))
    .reduce((a, b) => a + b, 0);
}
