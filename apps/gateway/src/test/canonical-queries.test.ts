import { OAuthConfig, SUGGESTED_FIX } from '@tributary/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectThroughSandbox } from '../testing/connect-oauth.js';
import { connectStripe } from '../testing/documents.js';
import { startTestGateway, type SignedIn, type TestGateway } from '../testing/harness.js';
import { syncSettled } from '../testing/wait.js';

/**
 * The canonical lists over GraphQL, on data synced from three sandboxes:
 * Stripe (people, activities), Salesforce (people, accounts, deals,
 * activities) and Google Ads (channel metrics). Read as a viewer.
 */
let t: TestGateway;
let viewer: SignedIn;
const ids = { stripe: '', salesforce: '', googleAds: '' };

beforeAll(async () => {
  t = await startTestGateway();
  ids.stripe = (await connectStripe(t.admin.client)).id;
  ids.salesforce = await connectThroughSandbox(t.admin.client, 'salesforce');
  ids.googleAds = await connectThroughSandbox(t.admin.client, 'google-ads');
  for (const id of Object.values(ids)) {
    expect(await syncSettled(t.rt, t.tenantId, id)).toMatchObject({ status: 'completed' });
    // No scheduled sync may change the rows while the lists are compared with the database.
    await t.admin.client.ok('mutation($id: ID!) { updateSchedule(connectorId: $id, cron: "0 0 1 1 *") { __typename } }', { id });
  }
  viewer = await t.addUser(t.tenantId, 'viewer');
}, 180_000);
afterAll(() => t.close());

interface Filter {
  connectorId?: string;
  from?: string;
  to?: string;
  search?: string;
}

type Node = { connectorId: string; externalId: string; date: string | null } & Record<string, unknown>;

interface Page {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every row of a list, following `endCursor` page by page. Checks on the
 * way that no row comes twice and that rows come newest first by the
 * list's date (a null date sorts first, as PostgreSQL does descending).
 */
async function walk(list: string, dateField: string, fields: string, filter: Filter, first = 100): Promise<Node[]> {
  const query = `query($first: Int, $after: String, $filter: CanonicalFilter) {
    ${list}(first: $first, after: $after, filter: $filter) {
      edges { cursor node { connectorId externalId date: ${dateField} ${fields} } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  const nodes: Node[] = [];
  const seen = new Set<string>();
  let previous = Infinity;
  let after: string | null = null;
  for (let pages = 1; pages <= 200; pages++) {
    const data: Record<string, Page> = await viewer.client.ok<Record<string, Page>>(query, { first, after, filter });
    const page = data[list];
    if (!page) throw new Error(`No ${list} in the response`);
    expect(page.edges.length).toBeLessThanOrEqual(first);
    for (const { node } of page.edges) {
      const key = `${node.connectorId}/${node.externalId}`;
      expect(seen.has(key), `${list}: ${key} came twice`).toBe(false);
      seen.add(key);
      const at = node.date === null ? Infinity : Date.parse(node.date);
      expect(at, `${list} out of order at ${key}`).toBeLessThanOrEqual(previous);
      previous = at;
      nodes.push(node);
    }
    if (!page.pageInfo.hasNextPage) return nodes;
    expect(page.edges).toHaveLength(first);
    after = page.pageInfo.endCursor;
  }
  throw new Error(`${list} did not end within 200 pages`);
}

const within = (node: Node, from: string, to: string) =>
  node.date !== null && Date.parse(node.date) >= Date.parse(from) && Date.parse(node.date) < Date.parse(to);
const connectorsOf = (nodes: Node[]) => [...new Set(nodes.map((n) => n.connectorId))].sort();
const insensitive = (value: string) => ({ contains: value, mode: 'insensitive' as const });
/** A [from, to) range holding about the middle half of `dates` (newest first). */
function middleRange(dates: (string | Date | null)[]): { from: string; to: string } {
  const dated = dates.filter((d) => d !== null);
  const iso = (d: string | Date | undefined) => new Date(d ?? '').toISOString();
  return { from: iso(dated[Math.floor((dated.length * 3) / 4)]), to: iso(dated[Math.floor(dated.length / 4)]) };
}

describe('people', () => {
  it('every row once across pages, from both connectors, and only one connector’s when filtered', async () => {
    const all = await walk('people', 'updatedAt', 'email', {});
    const stored = await t.rt.db.prisma.person.count({ where: { tenantId: t.tenantId, deletedAt: null } });
    expect(all).toHaveLength(stored);
    expect(stored).toBeGreaterThan(1000);
    expect(connectorsOf(all)).toEqual([ids.salesforce, ids.stripe].sort());

    const stripe = await walk('people', 'updatedAt', 'email', { connectorId: ids.stripe });
    expect(connectorsOf(stripe)).toEqual([ids.stripe]);
    expect(stripe).toHaveLength(all.filter((n) => n.connectorId === ids.stripe).length);
  });

  it('email search: case-insensitive, partial, paged', async () => {
    const salesforce = await t.rt.db.prisma.person.findMany({
      where: { tenantId: t.tenantId, connectorId: ids.salesforce, deletedAt: null },
      select: { externalId: true, email: true },
    });
    const sample = salesforce.find((n) => typeof n.email === 'string');
    const email = String(sample?.email);
    const exact = await walk('people', 'updatedAt', 'email', { search: email.toUpperCase() });
    expect(exact.map((n) => n.externalId)).toContain(sample?.externalId);
    expect(exact.every((n) => String(n.email).toLowerCase().includes(email.toLowerCase()))).toBe(true);

    // The most common email domain: enough people to need several pages of five.
    const domainOf = (address: string) => address.slice(address.indexOf('@'));
    const counts = new Map<string, number>();
    for (const { email: address } of salesforce) {
      if (typeof address === 'string') counts.set(domainOf(address), (counts.get(domainOf(address)) ?? 0) + 1);
    }
    const domain = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    const byDomain = await walk('people', 'updatedAt', 'email firstName lastName', { search: domain.toUpperCase() }, 5);
    const expected = await t.rt.db.prisma.person.count({
      where: {
        tenantId: t.tenantId,
        deletedAt: null,
        OR: [{ email: insensitive(domain) }, { firstName: insensitive(domain) }, { lastName: insensitive(domain) }],
      },
    });
    expect(byDomain).toHaveLength(expected);
    expect(expected).toBeGreaterThan(5);
    expect(byDomain.every((n) => String(n.email).toLowerCase().includes(domain.toLowerCase()))).toBe(true);
  });
});

describe('accounts', () => {
  it('domain search finds the account, whatever the case', async () => {
    const all = await walk('accounts', 'updatedAt', 'name domain', {}, 50);
    expect(all).toHaveLength(await t.rt.db.prisma.account.count({ where: { tenantId: t.tenantId, deletedAt: null } }));
    const sample = all.find((n) => typeof n.domain === 'string' && n.domain.includes('.'));
    const domain = String(sample?.domain);
    const found = await walk('accounts', 'updatedAt', 'name domain', { search: domain.toUpperCase() }, 2);
    expect(found.map((n) => n.externalId)).toContain(sample?.externalId);
    const matches = (n: Node) => [n.name, n.domain].some((v) => String(v).toLowerCase().includes(domain.toLowerCase()));
    expect(found.every(matches)).toBe(true);
    expect(found).toHaveLength(all.filter(matches).length);
  });
});

describe('deals', () => {
  it('page past the first page by close date, filter by connector and close-date range', async () => {
    const all = await walk('deals', 'closeDate', 'name amount stage', {}, 50);
    expect(all).toHaveLength(await t.rt.db.prisma.deal.count({ where: { tenantId: t.tenantId, deletedAt: null } }));
    expect(all.length).toBeGreaterThan(100);
    expect(connectorsOf(all)).toEqual([ids.salesforce]);
    expect(await walk('deals', 'closeDate', '', { connectorId: ids.stripe })).toEqual([]);

    const { from, to } = middleRange(all.map((n) => n.date));
    const ranged = await walk('deals', 'closeDate', '', { from, to }, 20);
    expect(ranged.length).toBeGreaterThan(20);
    expect(ranged.every((n) => within(n, from, to))).toBe(true);
    expect(ranged).toHaveLength(all.filter((n) => within(n, from, to)).length);
  });
});

describe('activities', () => {
  it('filter by connector and by date range, paged', async () => {
    const count = (where: object) => t.rt.db.prisma.activity.count({ where: { tenantId: t.tenantId, deletedAt: null, ...where } });
    const stripe = await walk('activities', 'occurredAt', 'type', { connectorId: ids.stripe });
    expect(stripe.length).toBeGreaterThan(100);
    expect(connectorsOf(stripe)).toEqual([ids.stripe]);
    expect(stripe).toHaveLength(await count({ connectorId: ids.stripe }));

    const salesforce = await t.rt.db.prisma.activity.findMany({
      where: { tenantId: t.tenantId, connectorId: ids.salesforce },
      select: { occurredAt: true },
      orderBy: { occurredAt: 'desc' },
    });
    const { from, to } = middleRange(salesforce.map((a) => a.occurredAt));
    const ranged = await walk('activities', 'occurredAt', 'type', { from, to, connectorId: ids.salesforce });
    expect(ranged.length).toBeGreaterThan(100);
    expect(ranged.every((n) => within(n, from, to) && n.connectorId === ids.salesforce)).toBe(true);
    expect(ranged).toHaveLength(await count({ connectorId: ids.salesforce, occurredAt: { gte: new Date(from), lt: new Date(to) } }));
  });
});

describe('channel metrics', () => {
  it('filter by date range, campaign search and connector, paged', async () => {
    const all = await walk('channelMetrics', 'date', 'campaign clicks', {});
    expect(all).toHaveLength(await t.rt.db.prisma.channelMetric.count({ where: { tenantId: t.tenantId, deletedAt: null } }));
    expect(all.length).toBeGreaterThan(200);
    expect(connectorsOf(all)).toEqual([ids.googleAds]);
    expect(await walk('channelMetrics', 'date', '', { connectorId: ids.salesforce })).toEqual([]);

    const { from, to } = middleRange(all.map((n) => n.date));
    const ranged = await walk('channelMetrics', 'date', 'campaign', { from, to, connectorId: ids.googleAds }, 25);
    expect(ranged.length).toBeGreaterThan(25);
    expect(ranged.every((n) => within(n, from, to))).toBe(true);
    expect(ranged).toHaveLength(all.filter((n) => within(n, from, to)).length);

    const campaign = String(all.find((n) => typeof n.campaign === 'string')?.campaign);
    const searched = await walk('channelMetrics', 'date', 'campaign channel', { search: campaign.toLowerCase(), from, to }, 5);
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.every((n) => String(n.campaign).toLowerCase().includes(campaign.toLowerCase()))).toBe(true);
    expect(searched).toHaveLength(ranged.filter((n) => String(n.campaign).toLowerCase().includes(campaign.toLowerCase())).length);
  });
});

interface LogNode {
  id: string;
  startedAt: string;
  status: string;
  trigger: string;
  errorKind: string | null;
}

const SYNC_LOGS = `query($id: ID!, $after: String) { connector(id: $id) {
  status
  lastError { kind message suggestedFix }
  syncLogs(first: 1, after: $after) { edges { node { id startedAt status trigger errorKind } } pageInfo { hasNextPage endCursor } }
} }`;

interface Logs {
  connector: {
    status: string;
    lastError: { kind: string; message: string; suggestedFix: string } | null;
    syncLogs: { edges: { node: LogNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  };
}

/** Every sync log of the connector, one page at a time. */
async function allLogs(connectorId: string): Promise<LogNode[]> {
  const logs: LogNode[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 20; pages++) {
    const data: Logs = await viewer.client.ok<Logs>(SYNC_LOGS, { id: connectorId, after });
    logs.push(...data.connector.syncLogs.edges.map((e) => e.node));
    if (!data.connector.syncLogs.pageInfo.hasNextPage) return logs;
    after = data.connector.syncLogs.pageInfo.endCursor;
  }
  throw new Error('syncLogs did not end within 20 pages');
}

async function syncNow(connectorId: string) {
  await t.admin.client.ok('mutation($id: ID!) { triggerSync(connectorId: $id) { __typename } }', { id: connectorId });
  return syncSettled(t.rt, t.tenantId, connectorId);
}

describe('sync logs and the last error', () => {
  it('syncLogs pages past the first page, newest first, every run once', async () => {
    await syncNow(ids.salesforce);
    await syncNow(ids.salesforce);
    const logs = await allLogs(ids.salesforce);
    expect(logs).toHaveLength(await t.rt.db.prisma.syncLog.count({ where: { connectorId: ids.salesforce } }));
    expect(logs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(logs.map((l) => l.id)).size).toBe(logs.length);
    const started = logs.map((l) => Date.parse(l.startedAt));
    expect(started).toEqual([...started].sort((a, b) => b - a));
    expect(logs.at(-1)).toMatchObject({ trigger: 'connect', status: 'completed' });
  });

  it('after a failed sync, lastError says what went wrong and how to fix it', async () => {
    // The customer revokes Tributary's access in Salesforce (Setup > Connected Apps OAuth Usage).
    const row = await t.rt.db.prisma.connector.findUniqueOrThrow({ where: { id: ids.salesforce } });
    const { tokens } = OAuthConfig.parse(t.rt.vault.decrypt(row.config ?? '', { tenantId: t.tenantId, connectorId: ids.salesforce }));
    const refreshToken = tokens.refreshToken ?? '';
    expect(refreshToken).not.toBe('');
    const revoked = await fetch(`${t.url}/sandbox/salesforce/services/oauth2/revoke`, {
      method: 'POST',
      body: new URLSearchParams({ token: refreshToken }),
    });
    expect(revoked.status).toBe(200);

    expect(await syncNow(ids.salesforce)).toMatchObject({ status: 'failed', errorKind: 'auth_revoked' });
    const data = await viewer.client.ok<Logs>(SYNC_LOGS, { id: ids.salesforce, after: null });
    expect(data.connector.lastError).toEqual({
      kind: 'auth_revoked',
      message: expect.stringMatching(/\w/),
      suggestedFix: SUGGESTED_FIX.auth_revoked,
    });
    expect(data.connector.lastError?.message).not.toContain(refreshToken);
    expect(data.connector.syncLogs.edges[0]?.node).toMatchObject({ status: 'failed', errorKind: 'auth_revoked' });
  });
});
