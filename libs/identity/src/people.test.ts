import { forTenant } from '@tributary/db';
import { createTestDatabase, seedConnector, seedTenant, type TestDatabase } from '@tributary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countUnifiedPeople, findUnifiedPerson, listUnifiedPeople } from './people.js';
import { resolveIdentities } from './resolve.js';

describe('reading unified people', () => {
  let db: TestDatabase;
  let tenant: string;
  let other: string;
  let stripe: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    tenant = (await seedTenant(db, 'Read')).id;
    other = (await seedTenant(db, 'Other')).id;
    stripe = (await seedConnector(db, tenant, { type: 'stripe', name: 'Stripe live' })).id;
    const charge = (id: string, email: string) => ({
      record: {
        externalId: id,
        amount: 100,
        currency: 'USD',
        status: 'succeeded',
        amountRefunded: 0,
        customerEmail: email,
        occurredAt: new Date(),
      },
      raw: {},
    });
    await forTenant(db.prisma, tenant).canonical.upsert(stripe, 'charge', [
      charge('ch_1', 'ann@acme.io'),
      charge('ch_2', 'Ann@acme.io'),
      charge('ch_3', 'bob@beta.io'),
      charge('ch_4', 'cy@gmail.com'),
    ]);
    await resolveIdentities(db.sql, tenant);
  });
  afterAll(() => db.dispose());

  it('finds a person by any spelling of their email, with the account and the linked source records', async () => {
    const ann = await findUnifiedPerson(db.prisma, tenant, '  ANN@acme.IO');
    expect(ann).toMatchObject({ email: 'ann@acme.io', account: { domain: 'acme.io', name: null } });
    expect(ann?.links).toEqual([
      { connectorId: stripe, connectorType: 'stripe', connectorName: 'Stripe live', entity: 'charge', externalId: 'ch_1' },
      { connectorId: stripe, connectorType: 'stripe', connectorName: 'Stripe live', entity: 'charge', externalId: 'ch_2' },
    ]);
    expect((await findUnifiedPerson(db.prisma, tenant, 'cy@gmail.com'))?.account).toBeNull();
    expect(await findUnifiedPerson(db.prisma, other, 'ann@acme.io')).toBeNull();
  });

  it('pages by email, forwards from a cursor, within the tenant only', async () => {
    expect(await countUnifiedPeople(db.prisma, tenant)).toBe(3);
    const first = await listUnifiedPeople(db.prisma, tenant, { take: 2 });
    expect(first.map((p) => p.email)).toEqual(['ann@acme.io', 'bob@beta.io']);
    const next = await listUnifiedPeople(db.prisma, tenant, { take: 2, cursorEmail: 'bob@beta.io' });
    expect(next.map((p) => p.email)).toEqual(['cy@gmail.com']);
    expect(await listUnifiedPeople(db.prisma, other, { take: 2 })).toEqual([]);
  });
});
