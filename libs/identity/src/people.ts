import type { PrismaClient } from '@tributary/db';

/** A source row linked to a unified person: which connection, which entity, which record. */
export interface LinkedRecord {
  connectorId: string;
  connectorType: string;
  connectorName: string;
  entity: string;
  externalId: string;
}

export interface UnifiedPersonView {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  account: { id: string; domain: string; name: string | null } | null;
  links: LinkedRecord[];
}

type Db = Pick<PrismaClient, 'unifiedPerson' | 'unifiedAccount'>;

const include = {
  links: {
    orderBy: [{ entity: 'asc' as const }, { connectorId: 'asc' as const }, { externalId: 'asc' as const }],
    include: { connector: { select: { type: true, name: true } } },
  },
};

type Row = NonNullable<Awaited<ReturnType<PrismaClient['unifiedPerson']['findFirst']>>> & {
  links: { connectorId: string; entity: string; externalId: string; connector: { type: string; name: string } }[];
};

async function view(db: Db, tenantId: string, rows: Row[]): Promise<UnifiedPersonView[]> {
  const ids = [...new Set(rows.map((r) => r.accountId).filter((id): id is string => id !== null))];
  const accounts = ids.length
    ? await db.unifiedAccount.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, domain: true, name: true } })
    : [];
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    firstName: r.firstName,
    lastName: r.lastName,
    account: (r.accountId && byId.get(r.accountId)) || null,
    links: r.links.map((l) => ({
      connectorId: l.connectorId,
      connectorType: l.connector.type,
      connectorName: l.connector.name,
      entity: l.entity,
      externalId: l.externalId,
    })),
  }));
}

/**
 * The unified person with an email (normalized as resolution does), with
 * their account and every source record linked to them; null when none.
 *
 * @example
 * await findUnifiedPerson(db.prisma, tenantId, ' Ann@Acme.io ') // { email: 'ann@acme.io', links: [{ entity: 'charge', ... }] }
 */
export async function findUnifiedPerson(db: Db, tenantId: string, email: string): Promise<UnifiedPersonView | null> {
  const row = await db.unifiedPerson.findUnique({
    where: { tenantId_email: { tenantId, email: email.trim().toLowerCase() } },
    include,
  });
  return row ? ((await view(db, tenantId, [row]))[0] ?? null) : null;
}

/**
 * One page of a tenant's unified people by email: Prisma's keyset paging
 * (`take` negative pages backwards from the cursor, which is skipped).
 *
 * @example
 * await listUnifiedPeople(db.prisma, tenantId, { take: 21 }) // the first 21 by email
 */
export async function listUnifiedPeople(
  db: Db,
  tenantId: string,
  page: { take: number; cursorEmail?: string | undefined },
): Promise<UnifiedPersonView[]> {
  const rows = await db.unifiedPerson.findMany({
    where: { tenantId },
    orderBy: { email: 'asc' },
    take: page.take,
    ...(page.cursorEmail !== undefined ? { cursor: { tenantId_email: { tenantId, email: page.cursorEmail } }, skip: 1 } : {}),
    include,
  });
  return view(db, tenantId, rows);
}

/** How many unified people a tenant has. */
export const countUnifiedPeople = (db: Db, tenantId: string): Promise<number> => db.unifiedPerson.count({ where: { tenantId } });
