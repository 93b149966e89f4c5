import { createConnectorContext, type SyncMode, type SyncRecord } from '@tributary/core';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { delivrai } from '../connector.js';
import { createDelivraiSimulator } from '../sandbox/index.js';
import { connectDelivrai } from '../testing/connect.js';

const sim = createDelivraiSimulator({ seed: 7, contacts: 230 });
let server: RunningServer;
let credentials: Awaited<ReturnType<typeof delivrai.authenticate>>['credentials'];

beforeAll(async () => {
  server = await sim.start();
  const config = delivrai.configSchema.parse(await connectDelivrai(sim));
  credentials = (await delivrai.authenticate(config, createConnectorContext(delivrai, config, {}, { baseUrl: server.url }))).credentials;
});
afterAll(() => server.close());

/** Sync pages until the connector says it is done: the records, and the cursor the next sync resumes from. */
async function syncAll(mode: SyncMode, cursor: string | null): Promise<{ records: SyncRecord[]; cursor: string | null }> {
  const ctx = { ...createConnectorContext(delivrai, credentials, {}, { baseUrl: server.url }), mode };
  const records: SyncRecord[] = [];
  for (let position = cursor; ;) {
    const page = await delivrai.sync(credentials, position, ctx);
    records.push(...page.records);
    if (!page.hasMore) return { records, cursor: page.cursor };
    position = page.cursor;
  }
}

const ids = (records: SyncRecord[]) => records.map((r) => String(r.raw['id']));
const lists = () => sim.requests.filter({ path: '/v1/contacts' });

describe('the contacts stream', () => {
  it('reads every contact page by page, then only the contacts changed since the watermark', async () => {
    const full = await syncAll('full', null);
    expect(ids(full.records)).toEqual([...sim.contacts.range()].map(([, c]) => c.id));
    expect(lists().map((r) => [r.query['limit'], r.query['updated_since']])).toEqual([
      [['100'], undefined],
      [['100'], undefined],
      [['100'], undefined],
    ]);
    expect(lists()[0]?.headers['delivrai-version']).toBe('2026-01-01');

    const newest = Date.parse(sim.contacts.get(229)?.updated_at ?? '');
    sim.requests.clear();
    const before = new Map([...sim.contacts.range()].map(([, c]) => [c.id, JSON.stringify(c)]));
    sim.mutate.update(4);
    sim.mutate.add(2);
    sim.mutate.archive(1);
    const changed = [...sim.contacts.range()].filter(([, c]) => before.get(c.id) !== JSON.stringify(c)).map(([, c]) => c.id);

    // The watermark is the newest stamp read, re-read from five minutes earlier: the changes, and the newest seeded contact again.
    const since = newest - 5 * 60_000;
    const expected = [...sim.contacts.range()].filter(([, c]) => Date.parse(c.updated_at) >= since).map(([, c]) => c.id);
    const incremental = await syncAll('incremental', full.cursor);
    expect(ids(incremental.records).sort()).toEqual(expected.sort());
    expect(expected).toEqual(expect.arrayContaining(changed));
    expect(incremental.records.filter((r) => r.deleted).map((r) => r.raw['archived'])).toEqual([true]);
    expect(lists()[0]?.query['updated_since']).toEqual([new Date(since).toISOString()]);
  });

  it('re-reads only the five minutes before the watermark when nothing changed', async () => {
    const { cursor } = await syncAll('full', null);
    const stamps = [...sim.contacts.range()].map(([, c]) => ({ id: c.id, at: Date.parse(c.updated_at) }));
    const watermark = Math.max(...stamps.map((s) => s.at));
    const overlap = stamps.filter((s) => s.at >= watermark - 5 * 60_000).map((s) => s.id);
    const again = await syncAll('incremental', cursor);
    expect(ids(again.records).sort()).toEqual(overlap.sort());
    expect(overlap.length).toBeLessThan(stamps.length);
  });
});
