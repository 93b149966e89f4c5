import { forTenant } from '@tributary/db';
import { createTestDatabase, seedConnector, seedTenant, type TestDatabase } from '@tributary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeCount, resolveIdentities } from './resolve.js';

const at = new Date('2026-03-01T00:00:00Z');
const person = (externalId: string, email: string, extra: Record<string, unknown> = {}) => ({
  record: { externalId, email, ...extra },
  raw: { id: externalId },
});
const charge = (externalId: string, customerEmail: string | null) => ({
  record: { externalId, amount: 1000, currency: 'USD', status: 'succeeded', amountRefunded: 0, customerEmail, occurredAt: at },
  raw: { id: externalId },
});

interface Snapshot {
  people: { id: string; email: string; account: string | null; first: string | null }[];
  links: { connector: string; entity: string; external: string; person: string }[];
  accounts: { id: string; domain: string; name: string | null }[];
}

async function snapshot(db: TestDatabase, tenantId: string): Promise<Snapshot> {
  const people = await db.prisma.unifiedPerson.findMany({ where: { tenantId }, orderBy: { email: 'asc' } });
  const links = await db.prisma.unifiedPersonLink.findMany({ where: { tenantId }, orderBy: [{ entity: 'asc' }, { externalId: 'asc' }] });
  const accounts = await db.prisma.unifiedAccount.findMany({ where: { tenantId }, orderBy: { domain: 'asc' } });
  return {
    people: people.map((p) => ({ id: p.id, email: p.email, account: p.accountId, first: p.firstName })),
    links: links.map((l) => ({ connector: l.connectorId, entity: l.entity, external: l.externalId, person: l.personId })),
    accounts: accounts.map((a) => ({ id: a.id, domain: a.domain, name: a.name })),
  };
}

describe('identity resolution (set-based SQL)', () => {
  let db: TestDatabase;
  let a: { tenant: string; hubspot: string; stripe: string; fathom: string };
  let b: { tenant: string; stripe: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    const tenant = (await seedTenant(db, 'A')).id;
    a = {
      tenant,
      hubspot: (await seedConnector(db, tenant, { type: 'hubspot' })).id,
      stripe: (await seedConnector(db, tenant, { type: 'stripe' })).id,
      fathom: (await seedConnector(db, tenant, { type: 'fathom' })).id,
    };
    const tenantB = (await seedTenant(db, 'B')).id;
    b = { tenant: tenantB, stripe: (await seedConnector(db, tenantB, { type: 'stripe' })).id };
    const scope = forTenant(db.prisma, tenant);
    // The same person in three sources, in three spellings (rows written before the canonical schema lowercased emails).
    await scope.canonical.upsert(a.hubspot, 'person', [
      person('hs-1', 'Ann@Acme.io', { firstName: 'Ann', lastName: 'Lee', accountExternalId: 'co-1' }),
      person('hs-2', 'carl@gmail.com', { accountExternalId: 'co-1' }),
      person('hs-3', 'not an email'),
    ]);
    await scope.canonical.upsert(a.hubspot, 'account', [
      { record: { externalId: 'co-1', name: 'Acme Inc', domain: 'https://www.ACME.io/about' }, raw: {} },
    ]);
    await scope.canonical.upsert(a.stripe, 'charge', [
      charge('ch_1', ' ann@ACME.io '),
      charge('ch_2', 'bob@gmail.com'),
      charge('ch_3', null),
    ]);
    await scope.canonical.upsert(a.fathom, 'activity_participant', [
      { record: { externalId: 'm1:ann', activityExternalId: 'm1', role: 'attendee', email: 'ANN@acme.io' }, raw: {} },
    ]);
    await forTenant(db.prisma, tenantB).canonical.upsert(b.stripe, 'charge', [charge('ch_1', 'ann@acme.io')]);
  });
  afterAll(() => db.dispose());

  it('unifies the same person across sources and case into one, with an account by domain', async () => {
    const outcome = await resolveIdentities(db.sql, a.tenant);
    expect(outcome.people.created).toBe(3);
    const s = await snapshot(db, a.tenant);
    expect(s.people.map((p) => p.email)).toEqual(['ann@acme.io', 'bob@gmail.com', 'carl@gmail.com']);
    const ann = s.people[0]!;
    expect(ann.first).toBe('Ann');
    expect(s.links.filter((l) => l.person === ann.id).map((l) => `${l.entity}:${l.external}`)).toEqual([
      'charge:ch_1',
      'participant:m1:ann',
      'person:hs-1',
    ]);
    // Free mail makes no account; acme.io comes from the account row's URL and Ann's address alike.
    expect(s.accounts.map((x) => [x.domain, x.name])).toEqual([['acme.io', 'Acme Inc']]);
    const acme = s.accounts[0]!.id;
    expect(ann.account).toBe(acme);
    expect(s.people[1]!.account).toBeNull();
    // Carl writes from gmail, but the CRM files him under Acme.
    expect(s.people[2]!.account).toBe(acme);
    const accountLinks = await db.prisma.unifiedAccountLink.findMany({ where: { tenantId: a.tenant } });
    expect(accountLinks.map((l) => [l.externalId, l.accountId])).toEqual([['co-1', acme]]);
  });

  it('changes nothing when run again over the same sources', async () => {
    const before = await snapshot(db, a.tenant);
    const outcome = await resolveIdentities(db.sql, a.tenant);
    expect(changeCount(outcome)).toBe(0);
    expect(await snapshot(db, a.tenant)).toEqual(before);
  });

  it("keeps tenants apart: B's copy of the address is B's own person, untouched by A's runs", async () => {
    expect(await db.prisma.unifiedPerson.count({ where: { tenantId: b.tenant } })).toBe(0);
    await resolveIdentities(db.sql, b.tenant);
    const [inB] = (await snapshot(db, b.tenant)).people;
    const [inA] = (await snapshot(db, a.tenant)).people;
    expect(inB?.email).toBe('ann@acme.io');
    expect(inB?.id).not.toBe(inA?.id);
    expect((await snapshot(db, b.tenant)).links).toEqual([{ connector: b.stripe, entity: 'charge', external: 'ch_1', person: inB?.id }]);
    expect((await snapshot(db, b.tenant)).accounts.map((x) => x.domain)).toEqual(['acme.io']);
    await resolveIdentities(db.sql, a.tenant);
    expect((await snapshot(db, b.tenant)).people).toEqual([expect.objectContaining({ id: inB?.id })]);
  });

  it('drops links of deleted source rows and people no source names any more', async () => {
    await forTenant(db.prisma, a.tenant).canonical.markDeleted(a.stripe, 'charge', ['ch_1', 'ch_2']);
    const outcome = await resolveIdentities(db.sql, a.tenant);
    expect(outcome.personLinks.removed).toBe(2);
    expect(outcome.people.removed).toBe(1);
    const s = await snapshot(db, a.tenant);
    expect(s.people.map((p) => p.email)).toEqual(['ann@acme.io', 'carl@gmail.com']);
    expect(s.links.map((l) => l.external)).toEqual(['m1:ann', 'hs-1', 'hs-2']);
  });
});
