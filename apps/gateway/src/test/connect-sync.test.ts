import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../testing/client.js';
import { CHARGES, CONNECT_API_KEY, connectStripe, type ChargeNode, type ConnectorView, type Page } from '../testing/documents.js';
import { startTestGateway, type SignedIn, type TestGateway } from '../testing/harness.js';
import { tenantSnapshot } from '../testing/snapshot.js';
import { routeVendorTo } from '../testing/vendor-route.js';
import { syncSettled } from '../testing/wait.js';

let t: TestGateway;
let manager: SignedIn;
let connector: ConnectorView;
type Charges = { charges: Page<ChargeNode> };

beforeAll(async () => {
  t = await startTestGateway();
  manager = await t.addUser(t.tenantId, 'manager');
});
afterAll(() => t.close());

describe('connectApiKey against the Stripe sandbox', () => {
  it('refuses a wrong key with a typed VendorError and stores nothing', async () => {
    const before = await tenantSnapshot(t.rt.db.prisma, t.tenantId);
    // A key that is not the sandbox's goes to api.stripe.com, answered here by the simulator (401 for an unknown key).
    const restore = routeVendorTo('https://api.stripe.com', `${t.url}/sandbox/stripe`);
    const result = await manager.client
      .ok<{ connectApiKey: Result<ConnectorView> }>(CONNECT_API_KEY, {
        type: 'stripe',
        credentials: [{ name: 'apiKey', value: 'sk_test_wrongwrongwrong123' }],
      })
      .finally(restore);
    expect(result.connectApiKey).toMatchObject({ __typename: 'VendorError', kind: 'auth_revoked' });
    expect(result.connectApiKey.suggestedFix).toMatch(/key/i);
    expect(await tenantSnapshot(t.rt.db.prisma, t.tenantId)).toBe(before);
  });

  it('refuses a malformed key before calling Stripe, with field errors', async () => {
    const result = await manager.client.ok<{ connectApiKey: Result<ConnectorView> }>(CONNECT_API_KEY, {
      type: 'stripe',
      credentials: [{ name: 'apiKey', value: 'pk_live_publishable' }],
    });
    expect(result.connectApiKey.__typename).toBe('InputError');
    expect(result.connectApiKey.fieldErrors).toEqual([{ path: 'apiKey', message: expect.stringMatching(/does not look like/) }]);
    expect(await t.rt.db.prisma.connector.count({ where: { tenantId: t.tenantId } })).toBe(0);
  });

  it('verifies the key, stores it encrypted and starts the first full sync', async () => {
    connector = await connectStripe(manager.client);
    expect(connector).toMatchObject({ type: 'stripe', status: 'connected', connected: true, sandbox: true });
    const row = await t.rt.db.prisma.connector.findUniqueOrThrow({ where: { id: connector.id } });
    const key = t.rt.sandboxes.get('stripe')?.apiKey ?? '';
    expect(row.config).not.toContain(key);
    expect(t.rt.vault.decrypt(row.config ?? '', { tenantId: t.tenantId, connectorId: connector.id })).toMatchObject({ apiKey: key });
    expect(row.health).toMatchObject({ status: 'ok' });
    const log = await syncSettled(t.rt, t.tenantId, connector.id);
    expect(log).toMatchObject({ status: 'completed', syncType: 'full', trigger: 'connect' });
    expect(log.recordsCreated).toBeGreaterThan(5000);
  });
});

describe('the synced charges', () => {
  const page = (variables: Record<string, unknown>) => manager.client.ok<Charges>(CHARGES, variables);

  it('page with first/after, newest first, every row once', async () => {
    const stored = await t.rt.db.prisma.charge.count({ where: { tenantId: t.tenantId, deletedAt: null } });
    const seen = new Set<string>();
    let after: string | null = null;
    let previous = Infinity;
    for (let pages = 0; pages < 200; pages++) {
      const { charges }: Charges = await page({ first: 100, after });
      for (const { node } of charges.edges) {
        expect(seen.has(node.externalId)).toBe(false);
        seen.add(node.externalId);
        expect(Date.parse(node.occurredAt)).toBeLessThanOrEqual(previous);
        previous = Date.parse(node.occurredAt);
      }
      if (!charges.pageInfo.hasNextPage) break;
      after = charges.pageInfo.endCursor;
    }
    expect(seen.size).toBe(stored);
    expect(stored).toBeGreaterThan(4000);
  });

  it('caps a page and says whether another follows', async () => {
    const first = await page({ first: 3 });
    expect(first.charges.edges).toHaveLength(3);
    expect(first.charges.pageInfo.hasNextPage).toBe(true);
    const second = await page({ first: 3, after: first.charges.pageInfo.endCursor });
    expect(second.charges.edges.map((e) => e.node.externalId)).not.toContain(first.charges.edges[2]?.node.externalId);
    const invalid = await manager.client.gql(CHARGES, { first: 3, after: 'not-a-cursor' });
    expect(invalid.errors[0]?.message).toBe('Invalid cursor');
  });

  it('filter by connector, date range and search', async () => {
    const none = await page({ first: 5, filter: { connectorId: randomUUID() } });
    expect(none.charges.edges).toEqual([]);
    const mine = await page({ first: 5, filter: { connectorId: connector.id } });
    expect(mine.charges.edges.every((e) => e.node.connectorId === connector.id)).toBe(true);

    const sample = (await page({ first: 100 })).charges.edges.map((e) => e.node);
    const from = sample[80]?.occurredAt ?? '';
    const to = sample[20]?.occurredAt ?? '';
    const ranged = await page({ first: 100, filter: { from, to } });
    expect(ranged.charges.edges.length).toBeGreaterThan(0);
    for (const { node } of ranged.charges.edges) {
      expect(Date.parse(node.occurredAt)).toBeGreaterThanOrEqual(Date.parse(from));
      expect(Date.parse(node.occurredAt)).toBeLessThan(Date.parse(to));
    }

    const email = sample.find((n) => n.customerEmail)?.customerEmail ?? '';
    const found = await page({ first: 100, filter: { search: email.toUpperCase() } });
    expect(found.charges.edges.length).toBeGreaterThan(0);
    expect(found.charges.edges.every((e) => e.node.customerEmail === email)).toBe(true);
    const expected = await t.rt.db.prisma.charge.count({ where: { tenantId: t.tenantId, customerEmail: email } });
    expect(found.charges.edges).toHaveLength(Math.min(expected, 100));
  });
});

describe('sync logs and dead letters', () => {
  it('show the run (rows imported, duration) and the malformed charge with its reason', async () => {
    const data = await manager.client.ok<{
      connector: {
        lastSyncAt: string | null;
        syncLogs: Page<{
          trigger: string;
          status: string;
          rowsImported: number;
          recordsFailed: number;
          durationMs: number | null;
          pages: number;
        }>;
        deadLetters: Page<{ stream: string; reason: string; kind: string }>;
        deadLetterCount: number;
      };
    }>(
      `query($id: ID!) { connector(id: $id) {
        lastSyncAt
        syncLogs(first: 5) { edges { cursor node { trigger status rowsImported recordsFailed durationMs pages } } pageInfo { hasNextPage endCursor } }
        deadLetters(first: 5) { edges { cursor node { stream reason kind } } pageInfo { hasNextPage endCursor } }
        deadLetterCount
      } }`,
      { id: connector.id },
    );
    // The first sync (a scheduled incremental one may have run after it).
    const log = data.connector.syncLogs.edges.find((e) => e.node.trigger === 'connect');
    expect(log?.node).toMatchObject({ status: 'completed', recordsFailed: 1 });
    expect(log?.node.rowsImported).toBeGreaterThan(5000);
    expect(log?.node.durationMs).toBeGreaterThanOrEqual(0);
    expect(data.connector.lastSyncAt).not.toBeNull();
    expect(data.connector.deadLetterCount).toBe(1);
    expect(data.connector.deadLetters.edges[0]?.node).toMatchObject({ stream: 'charges', reason: expect.any(String) });
    expect(data.connector.deadLetters.pageInfo.hasNextPage).toBe(false);
  });
});
